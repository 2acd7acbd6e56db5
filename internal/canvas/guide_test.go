package canvas

import "testing"

func TestAFreshCanvasIsEncouragedNotScored(t *testing.T) {
	t.Parallel()
	g := GuideFor(Canvas{Title: "An idea"}, Check(Canvas{Title: "An idea"}, -1))
	if !g.Fresh || len(g.Start) != 3 || g.Start[0].ID != BoxNiche || len(g.Next) != 0 || len(g.Strengths) != 0 {
		t.Errorf("fresh canvas guide %+v: want where to start, and nothing judged", g)
	}
}

func TestTheGuideLeadsWithStrengthsThenAtMostTwoThings(t *testing.T) {
	t.Parallel()
	c := good()
	c.Channels = ""          // a warning
	c.Pains[0].Evidence = "" // the riskiest assumption, untested
	c.Alternatives = ""      // advice
	g := GuideFor(c, Check(c, -1))
	if g.Fresh || len(g.Strengths) == 0 || g.Strengths[0].Key != "niche" {
		t.Errorf("strengths %+v: want the full-marks items, niche first", g.Strengths)
	}
	if !g.TestRiskiest || len(g.Next) != 1 || g.Next[0].Severity != Warn || g.Next[0].Box != "channels" {
		t.Errorf("next %+v (test riskiest %v): want the riskiest's test and one warning, the channel", g.Next, g.TestRiskiest)
	}
	c.PlanTest(TestCard{Claim: "pains.0", Belief: "b", Kind: Conversations, Test: "t", PassMark: "p"})
	if g := GuideFor(c, Check(c, -1)); g.TestRiskiest || len(g.Next) != 2 {
		t.Errorf("once a card tests the riskiest claim: %+v, want two findings instead", g)
	}
}
