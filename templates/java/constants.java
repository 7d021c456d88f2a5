// {{ header }}
package {{ package }};

/**
 * Constants of {@link {{ ns.ty }}}, part {{ group.name }}: reach them as
 * {@code {{ ns.ty }}.NAME}. The constants are spread over interfaces that {@link {{ ns.ty }}}
 * implements because one class holds at most 65,535 fields and 64 KiB of initializer.
 */
public interface {{ group.name }} {
{%- for c in group.constants %}
    /**
     * {{ c.doc() }}
{%- if let Some(note) = c.deprecated() %}
     *
     * @deprecated {{ note }}
{%- endif %}
     */
{%- if c.deprecated().is_some() %}
    @Deprecated
{%- endif %}
    {{ ns.ty }} {{ c.name() }} = {{ ns.ty }}.at({{ c.index }});
{%- endfor %}
}
