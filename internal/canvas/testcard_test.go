package canvas

import (
	"strings"
	"testing"
)

func TestSuggestNeverQuotesTheCanvas(t *testing.T) {
	t.Parallel()
	for _, box := range []string{"pains.0", "pains.3", "dependencies.1"} {
		s, ok := Suggest(box)
		if !ok || s.Belief == "" || s.Test == "" || s.PassMark == "" || !s.Kind.valid() {
			t.Errorf("%s: %+v %v", box, s, ok)
		}
	}
	for _, box := range []string{"niche", "pains", "pains.-1", "pains.01", "dependencies.x", "value.0"} {
		if _, ok := Suggest(box); ok {
			t.Errorf("%s is not a claim, yet a suggestion", box)
		}
	}
}

// A test's result moves its claim's evidence as far as the test proves,
// never down, and the board's readiness follows.
func TestRecordingALearningMovesTheEvidence(t *testing.T) {
	t.Parallel()
	cases := []struct {
		kind    TestKind
		outcome Outcome
		from    Evidence
		want    Evidence
		moved   bool
	}{
		{Conversations, Passed, "", Observed, true},
		{Conversations, Passed, Assumption, Observed, true},
		{PaidPilot, Passed, Observed, Validated, true},
		{LandingPage, Passed, "", Validated, true},
		{Conversations, Passed, Validated, Validated, false}, // never lowered
		{PaidPilot, Failed, Observed, Observed, false},
		{Conversations, Unclear, "", "", false},
	}
	for _, tc := range cases {
		c := Canvas{Pains: []PainPoint{{What: "x", HowOften: "weekly", Severity: 4, Evidence: tc.from}}}
		before := Check(c, -1).Readiness
		card := c.PlanTest(TestCard{Claim: "pains.0", Belief: "b", Kind: tc.kind, Test: "t", PassMark: "p"})
		moved, ok := c.RecordLearning(card.ID, Learning{Seen: "s", Decision: "d", Outcome: tc.outcome, On: "2027-01-10"})
		if !ok || moved != tc.moved || c.Pains[0].Evidence != tc.want {
			t.Errorf("%s %s from %q: evidence %q (moved %v), want %q (%v)", tc.kind, tc.outcome, tc.from, c.Pains[0].Evidence, moved, tc.want, tc.moved)
		}
		if after := Check(c, -1).Readiness; tc.moved && after <= before {
			t.Errorf("%s %s: readiness %d → %d, want it to rise with the evidence", tc.kind, tc.outcome, before, after)
		}
		if got, _ := c.Test(card.ID); got.Learning == nil || got.Learning.Outcome != tc.outcome {
			t.Errorf("the learning was not kept on the card: %+v", got)
		}
	}
}

func TestPlanTestNumbersCardsAndNeverReusesAnID(t *testing.T) {
	t.Parallel()
	c := good()
	a := c.PlanTest(TestCard{Claim: "pains.0"})
	b := c.PlanTest(TestCard{Claim: "dependencies.0", Learning: &Learning{Seen: "forged"}})
	if a.ID != 1 || b.ID != 2 || b.Learning != nil {
		t.Errorf("ids %d, %d; a new card carries no result: %+v", a.ID, b.ID, b.Learning)
	}
	c.Tests = c.Tests[1:] // the first card deleted
	if n := c.PlanTest(TestCard{Claim: "pains.0"}); n.ID != 3 {
		t.Errorf("after a deletion the next card is %d, want 3", n.ID)
	}
	if _, ok := c.RecordLearning(99, Learning{}); ok {
		t.Error("recorded a result on a card that does not exist")
	}
}

// Removing a card takes that card only, leaves what its passed test
// raised, and never frees its number for a later card.
func TestRemoveTestKeepsTheEvidenceAndTheOthers(t *testing.T) {
	t.Parallel()
	c := Canvas{Pains: []PainPoint{{What: "x", HowOften: "weekly", Severity: 4}}}
	a := c.PlanTest(TestCard{Claim: "pains.0", Kind: LandingPage})
	b := c.PlanTest(TestCard{Claim: "pains.0", Kind: Conversations})
	c.RecordLearning(a.ID, Learning{Outcome: Passed})
	before := c.Tests
	if !c.RemoveTest(a.ID) || len(c.Tests) != 1 || c.Tests[0].ID != b.ID {
		t.Fatalf("after removing card %d the cards are %+v", a.ID, c.Tests)
	}
	if before[0].ID != a.ID {
		t.Error("removing a card changed the slice it was taken from")
	}
	if c.Pains[0].Evidence != Validated {
		t.Errorf("removing the card lowered the evidence its test raised to %q", c.Pains[0].Evidence)
	}
	if c.RemoveTest(a.ID) || c.RemoveTest(99) {
		t.Error("removed a card the canvas does not have")
	}
	if n := c.PlanTest(TestCard{Claim: "pains.0"}); n.ID != 3 {
		t.Errorf("the next card is %d after a removal, want 3", n.ID)
	}
}

func TestValidateTestAndLearning(t *testing.T) {
	t.Parallel()
	c := good()
	ok := TestCard{Claim: "pains.0", Belief: "b", Kind: Conversations, Test: "t", PassMark: "p", Due: "2027-02-01"}
	if v := c.ValidateTest(ok); len(v) != 0 {
		t.Errorf("a complete card: %v", v)
	}
	cases := map[string]func(*TestCard){
		"claim":     func(t *TestCard) { t.Claim = "pains.7" },
		"belief":    func(t *TestCard) { t.Belief = "  " },
		"kind":      func(t *TestCard) { t.Kind = "vibes" },
		"test":      func(t *TestCard) { t.Test = "" },
		"pass_mark": func(t *TestCard) { t.PassMark = strings.Repeat("x", MaxShortLen+1) },
		"due":       func(t *TestCard) { t.Due = "31/01/2027" },
		"measure":   func(t *TestCard) { t.Measure = "a\x00b" },
	}
	for key, spoil := range cases {
		card := ok
		spoil(&card)
		if v := c.ValidateTest(card); v[key] == "" || len(v) != 1 {
			t.Errorf("%s: %v, want one message on %s", key, v, key)
		}
	}
	for range MaxTests {
		c.PlanTest(ok)
	}
	if v := c.ValidateTest(ok); v["claim"] == "" {
		t.Errorf("an eleventh card was accepted: %v", v)
	}
	if v := ValidateLearning(Learning{Seen: "s", Decision: "d", Outcome: Passed}); len(v) != 0 {
		t.Errorf("a complete learning: %v", v)
	}
	if v := ValidateLearning(Learning{Outcome: "maybe"}); v["seen"] == "" || v["decision"] == "" || v["outcome"] == "" {
		t.Errorf("an empty learning: %v", v)
	}
}

func FuzzTestCards(f *testing.F) {
	f.Add("pains.0", "conversations", "passed", "2027-01-01", "b")
	f.Add("dependencies.9", "paid-pilot", "failed", "", "")
	f.Add("pains.-1", "\xff", "x", "2027-13-45", strings.Repeat("z", 3000))
	f.Fuzz(func(t *testing.T, claim, kind, outcome, due, text string) {
		c := good()
		before := c.Pains[0].Evidence.level() + c.Dependencies[0].Evidence.level()
		card := TestCard{Claim: claim, Kind: TestKind(kind), Belief: text, Test: text, PassMark: text, Due: due}
		if len(c.ValidateTest(card)) == 0 {
			card = c.PlanTest(card)
			c.RecordLearning(card.ID, Learning{Seen: text, Decision: text, Outcome: Outcome(outcome)})
			if len(c.Validate()) != 0 {
				t.Fatalf("a valid card made the canvas invalid: %v", c.Validate())
			}
		}
		if after := c.Pains[0].Evidence.level() + c.Dependencies[0].Evidence.level(); after < before {
			t.Fatalf("evidence went down: %d → %d", before, after)
		}
	})
}

func TestFollowRowsKeepsCardsOnTheirRows(t *testing.T) {
	old := Canvas{
		Pains:        []PainPoint{{What: "A"}, {What: "B"}, {What: "C"}},
		Dependencies: []Dependency{{Platform: "X"}},
		Tests:        []TestCard{{ID: 1, Claim: "pains.0"}, {ID: 2, Claim: "pains.1"}, {ID: 3, Claim: "pains.2"}, {ID: 4, Claim: "dependencies.0"}},
	}
	for _, tc := range []struct {
		name  string
		pains []PainPoint
		deps  []Dependency
		want  []string
	}{
		{"edited in place", []PainPoint{{What: "A2"}, {What: "B"}, {What: "C"}}, old.Dependencies, []string{"pains.0", "pains.1", "pains.2", "dependencies.0"}},
		{"first removed", []PainPoint{{What: "B"}, {What: "C"}}, old.Dependencies, []string{"", "pains.0", "pains.1", "dependencies.0"}},
		{"middle removed", []PainPoint{{What: "A"}, {What: "C"}}, old.Dependencies, []string{"pains.0", "", "pains.1", "dependencies.0"}},
		{"dependency removed", old.Pains, nil, []string{"pains.0", "pains.1", "pains.2", ""}},
		{"row added", []PainPoint{{What: "A"}, {What: "B"}, {What: "C"}, {What: "D"}}, old.Dependencies, []string{"pains.0", "pains.1", "pains.2", "dependencies.0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := old
			c.Pains, c.Dependencies = tc.pains, tc.deps
			c.Tests = append([]TestCard(nil), old.Tests...)
			c.FollowRows(old)
			for i, w := range tc.want {
				if c.Tests[i].Claim != w {
					t.Errorf("card %d claims %q; want %q", c.Tests[i].ID, c.Tests[i].Claim, w)
				}
			}
		})
	}
}
