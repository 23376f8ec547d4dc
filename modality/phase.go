package modality

import (
	"fmt"

	"github.com/wholeperson/integrative/internal/enum"
)

// Phase is a phase of phase-oriented trauma care (Herman's three stages:
// safety and stabilization, remembrance and mourning, reconnection; the
// ISTSS 2012 consensus guidelines for complex PTSD describe the same three
// phases). The zero value, [PhaseUnknown], is invalid.
type Phase uint8

// The phases of trauma care, in the order they are usually described.
const (
	PhaseUnknown Phase = iota
	// Stabilization is the phase of safety, symptom regulation and skills
	// building.
	Stabilization
	// Processing is the phase of trauma-focused work on memories and their
	// meaning (remembrance and mourning).
	Processing
	// Integration is the phase of reconnection: consolidating gains and
	// rebuilding relationships, roles and meaning.
	Integration
)

var phaseNames = []string{
	PhaseUnknown:  "unknown",
	Stabilization: "stabilization",
	Processing:    "processing",
	Integration:   "integration",
}

// phaseAliases are the names Herman and the ISTSS 2012 guidelines give the
// phases, and the British spelling.
var phaseAliases = map[string]Phase{
	"stabilisation":                   Stabilization,
	"safety and stabilization":        Stabilization,
	"safety and stabilisation":        Stabilization,
	"remembrance and mourning":        Processing,
	"trauma processing":               Processing,
	"reconnection":                    Integration,
	"consolidation and reintegration": Integration,
}

// String returns the phase's name, such as "stabilization". It never panics:
// an out-of-range value prints as "Phase(n)".
func (p Phase) String() string { return enum.Name(phaseNames, p, "Phase") }

// Valid reports whether p is a named phase other than [PhaseUnknown].
func (p Phase) Valid() bool { return enum.Valid(phaseNames, p) }

// ErrBadPhase is returned by [ParsePhase], [Phase.MarshalText] and
// [Phase.UnmarshalText] for a value that is not a valid phase. It wraps
// [ErrBadValue], so errors.Is(err, ErrBadValue) also holds.
var ErrBadPhase = fmt.Errorf("%w: phase", ErrBadValue)

// ParsePhase returns the phase named s: "stabilization", "processing" or
// "integration", or Herman's and the ISTSS's names for them ("safety and
// stabilization", "remembrance and mourning", "reconnection",
// "consolidation and reintegration"), in any case. It returns
// [ErrBadPhase] for any other text, including "unknown".
func ParsePhase(s string) (Phase, error) {
	v, ok := enum.ParseWith(phaseNames, phaseAliases, s)
	if !ok {
		return PhaseUnknown, ErrBadPhase
	}
	return v, nil
}

// MarshalText implements [encoding.TextMarshaler]. It returns [ErrBadPhase]
// for an invalid phase.
func (p Phase) MarshalText() ([]byte, error) { return enum.Marshal(phaseNames, p, ErrBadPhase) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParsePhase].
func (p *Phase) UnmarshalText(text []byte) error {
	return enum.UnmarshalWith(phaseNames, phaseAliases, p, text, ErrBadPhase)
}
