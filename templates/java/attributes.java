// {{ header }}
package {{ package }};

/**
 * Attributes of {@link {{ ns.ty }}}: for each, the positions (in catalog order, ascending) of the
 * codes whose value is not the one every other code has, and each one's value.
 */
final class {{ holder.name }} {
    private {{ holder.name }}() {}
{%- for piece in holder.pieces %}

    static final int[] {{ piece.at }} = {
{%- for (position, _) in piece.exceptions %}
        {{ position }},
{%- endfor %}
    };

    static final {{ piece.element }}[] {{ piece.values }} = {
{%- for (_, value) in piece.exceptions %}
        {{ value }},
{%- endfor %}
    };
{%- endfor %}
}
