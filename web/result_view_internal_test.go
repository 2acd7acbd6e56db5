package web

import (
	"testing"

	"github.com/crossroads/crossroads/internal/recommendation"
)

// A tie names every path that shares the best score, so a three-way tie
// is not told as a tie of two.
func TestTieTextNamesEveryTiedPath(t *testing.T) {
	t.Parallel()
	fit := func(name string, score int, clashes ...string) recommendation.PathFit {
		return recommendation.PathFit{ID: name, Name: name, Score: score, Clashes: clashes}
	}
	for _, tc := range []struct {
		ranked   []recommendation.PathFit
		want     string
		setAside []string
	}{
		{[]recommendation.PathFit{fit("A", 73), fit("B", 73), fit("C", 70)}, "A tie with B, also 73.", nil},
		{[]recommendation.PathFit{fit("A", 73), fit("B", 73), fit("C", 73), fit("D", 60)}, "A 3-way tie: B and C also score 73.", nil},
		{[]recommendation.PathFit{fit("A", 73), fit("B", 73), fit("C", 73), fit("D", 73)}, "A 4-way tie: B, C and D also score 73.", nil},
		// A path that breaks a must-have ranks after the rest whatever its
		// score, so an equal score behind it is not part of the tie.
		{[]recommendation.PathFit{fit("A", 73), fit("B", 73), fit("C", 73, "stability")}, "A tie with B, also 73.", nil},
		{[]recommendation.PathFit{fit("A", 73), fit("B", 72)}, "A tie at 73.", nil},
		// Every path in play ties; the set-aside one after them does not.
		{[]recommendation.PathFit{fit("A", 73), fit("B", 73), fit("C", 73)}, "A tie with B, also 73.", []string{"C"}},
	} {
		if got := tieText(tc.ranked, tc.setAside); got != tc.want {
			t.Errorf("tieText(%v) = %q, want %q", tc.ranked, got, tc.want)
		}
	}
}
