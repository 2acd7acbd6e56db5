package canvas

import (
	"slices"
	"testing"
)

// Every box of the board exists once, in filling order, and every
// Validate key a box form edits belongs to that box.
func TestBoxesCoverTheCanvasOnce(t *testing.T) {
	t.Parallel()
	want := []BoxID{BoxNiche, BoxPains, BoxAlternatives, BoxValue, BoxAdvantage, BoxChannels, BoxDependencies, BoxCommoditisation, BoxHours, BoxQuestions}
	var got []BoxID
	seen := map[string]BoxID{}
	for _, b := range Boxes() {
		got = append(got, b.ID)
		if b.Title == "" || b.Prompt == "" || len(b.Fields) == 0 {
			t.Errorf("box %s lacks a title, prompt or fields: %+v", b.ID, b)
		}
		for _, f := range b.Fields {
			if other, dup := seen[f]; dup {
				t.Errorf("field %s is edited by %s and %s", f, other, b.ID)
			}
			seen[f] = b.ID
			if BoxOf(f) != b.ID {
				t.Errorf("field %s is on box %s's form but BoxOf says %s", f, b.ID, BoxOf(f))
			}
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("boxes %v, want %v", got, want)
	}
	// Every self-check finding lands on a box of the board.
	for _, f := range Check(Canvas{Pains: []PainPoint{{What: "x"}}, Dependencies: []Dependency{{Platform: "y"}}}, 2).Findings {
		if _, ok := BoxByID(BoxOf(f.Box)); !ok {
			t.Errorf("finding %s on %q belongs to no box", f.Rule, f.Box)
		}
	}
}

func TestFreshAndFilled(t *testing.T) {
	t.Parallel()
	if !(Canvas{}).Fresh() || !(Canvas{Title: "An idea", PathID: "ai-micro-saas", Pains: []PainPoint{{}}}).Fresh() {
		t.Error("a canvas with only a title, a path and blank rows is fresh")
	}
	g := good()
	for _, b := range Boxes() {
		if !g.Filled(b.ID) {
			t.Errorf("the full canvas's %s box reads as empty", b.ID)
		}
		one := Canvas{}
		one.SetBox(b.ID, g)
		if !one.Filled(b.ID) || one.Fresh() {
			t.Errorf("SetBox(%s) did not carry the box over", b.ID)
		}
		for _, other := range Boxes() {
			if other.ID != b.ID && one.Filled(other.ID) {
				t.Errorf("SetBox(%s) also filled %s", b.ID, other.ID)
			}
		}
	}
}

func TestEvidenceMarkIsTheWeakestClaim(t *testing.T) {
	t.Parallel()
	c := Canvas{Pains: []PainPoint{{What: "a", Evidence: Validated}, {What: "b", Evidence: Observed}, {}}}
	if e, ok := c.Evidence(BoxPains); !ok || e != Observed {
		t.Errorf("pains mark %q %v, want observed (the weakest listed)", e, ok)
	}
	c.Pains = append(c.Pains, PainPoint{What: "c"})
	if e, _ := c.Evidence(BoxPains); e != Assumption {
		t.Errorf("an unmarked claim is an assumption: %q", e)
	}
	if _, ok := c.Evidence(BoxDependencies); ok {
		t.Error("no dependency listed, yet a mark")
	}
	if _, ok := good().Evidence(BoxNiche); ok {
		t.Error("the niche holds no claim with evidence")
	}
}
