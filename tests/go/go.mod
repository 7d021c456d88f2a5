// A Go service's view of the generated module: required by its module path, replaced by the
// folder gen writes, as a service in the same repository would.
module consumer

go 1.21

require apierrors.dev/api-errors v0.0.0

replace apierrors.dev/api-errors => ../../generated/go
