package assessment

import "strings"

// LOINC is a LOINC code: a term code such as "44261-6" (PHQ-9 total score),
// an answer code such as "LA6568-5" (Not at all) or an answer-list code such
// as "LL358-3". LOINC codes are used under the LOINC licence; see the NOTICE
// file.
type LOINC string

// LOINCSystem is the FHIR code-system URI of LOINC.
const LOINCSystem = "http://loinc.org"

// Valid reports whether c is a well-formed LOINC code: digits, a hyphen and
// one check digit, optionally prefixed by "LA" or "LL". For term codes (no
// prefix) the check digit must match LOINC's mod-10 algorithm, so a mistyped
// digit is caught.
func (c LOINC) Valid() bool {
	s := string(c)
	prefixed := strings.HasPrefix(s, "LA") || strings.HasPrefix(s, "LL")
	if prefixed {
		s = s[2:]
	}
	body, check, ok := strings.Cut(s, "-")
	if !ok || len(body) == 0 || len(body) > 7 || len(check) != 1 || !allDigits(body) || !allDigits(check) {
		return false
	}
	if prefixed {
		return true
	}
	return int(check[0]-'0') == loincCheckDigit(body)
}

// loincCheckDigit computes LOINC's mod-10 check digit: from the right,
// double every digit in an odd position, add the digits of the products and
// the remaining digits, and take the distance to the next multiple of ten.
func loincCheckDigit(body string) int {
	sum := 0
	for i := 0; i < len(body); i++ {
		d := int(body[len(body)-1-i] - '0')
		if i%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return (10 - sum%10) % 10
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// ICD10CM is an ICD-10-CM diagnosis code in its canonical form: upper case,
// with the dot after the third character when more follow, such as "F43.10"
// or "F32.1". Use [ParseICD10CM] to accept the common variants.
type ICD10CM string

// ICD10CMSystem is the FHIR code-system URI of ICD-10-CM.
const ICD10CMSystem = "http://hl7.org/fhir/sid/icd-10-cm"

// ParseICD10CM returns the canonical form of an ICD-10-CM code written in
// upper or lower case, with or without the dot and surrounding spaces. It
// returns [ErrBadCode] when the text is not shaped like an ICD-10-CM code: a
// letter, a digit, a digit or letter, then up to four letters or digits,
// with at most one dot, after the third character. It
// checks shape only: whether the code exists in the current ICD-10-CM
// release is for the host's terminology service.
func ParseICD10CM(s string) (ICD10CM, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if i := strings.IndexByte(s, '.'); i >= 0 {
		if i != 3 || len(s) == 4 {
			return "", ErrBadCode
		}
		s = s[:3] + s[4:]
	}
	if len(s) < 3 || len(s) > 7 {
		return "", ErrBadCode
	}
	if s[0] < 'A' || s[0] > 'Z' || s[1] < '0' || s[1] > '9' || !alnum(s[2:]) {
		return "", ErrBadCode
	}
	if len(s) > 3 {
		s = s[:3] + "." + s[3:]
	}
	return ICD10CM(s), nil
}

// Valid reports whether c is in canonical form, as [ParseICD10CM] returns.
func (c ICD10CM) Valid() bool {
	p, err := ParseICD10CM(string(c))
	return err == nil && p == c
}

// HasPrefix reports whether c falls under prefix, a code or category written
// in canonical form ("F43.1" covers "F43.10", "F43.11" and "F43.12"; "F32"
// covers every code of the F32 category).
func (c ICD10CM) HasPrefix(prefix ICD10CM) bool {
	return strings.HasPrefix(string(c), string(prefix))
}

func alnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}
