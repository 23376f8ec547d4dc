package validation_test

import (
	"testing"

	"github.com/wholeperson/integrative/validation"
)

func TestComparePathsDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		validation.ComparePaths("item/0/item/12/answer/0", "item/0/item/9/answer/x")
	})
	if allocs != 0 {
		t.Fatalf("ComparePaths allocates %v times", allocs)
	}
}

func TestComparePathsOrder(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"items/9", "items/10", -1},
		{"items/010", "items/10", 0},
		{"items/99999999999999999999999", "items/100000000000000000000000", -1},
		{"a/b", "a", 1},
		{"", "a", -1},
		{"x/2", "x/b", -1},
	}
	for _, tt := range tests {
		if got := validation.ComparePaths(tt.a, tt.b); got != tt.want {
			t.Errorf("ComparePaths(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func BenchmarkComparePaths(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		validation.ComparePaths("item/0/item/12/answer/0", "item/0/item/9/answer/0")
	}
}
