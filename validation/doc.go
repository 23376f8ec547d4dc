// Package validation carries the module's input errors: one [Error] listing
// every problem found in an input, each a [FieldError] naming the field by
// its path and the problem by a sentinel error of the package that checked
// it.
//
// Every package of the module validates what comes from outside (responses,
// intakes, regimens, plans, FHIR resources) the same way and returns a
// *[Error], so a host needs one errors.As to list the problems of any input,
// and errors.Is to ask about one kind of problem:
//
//	var verr *validation.Error
//	if errors.As(err, &verr) {
//		for _, f := range verr.Fields {
//			log.Printf("%s: %v", f.Path, f.Err)
//		}
//	}
//	if errors.Is(err, assessment.ErrMissingItem) { ... }
//
// # Paths
//
// A path is a slash-separated list of segments from the root of the input,
// such as "answers/3/value" or "client/age". Segments are field names,
// positions in a list, and catalog identifiers the module itself defines.
// They never contain text a client or clinician typed, and neither does any
// error message, so error text is safe to log.
package validation
