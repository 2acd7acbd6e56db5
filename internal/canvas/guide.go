package canvas

// Guide is what the board leads with: for a fresh canvas, where to start
// (no score, no warnings: nothing has been judged yet); once there is
// something to check, what is already strong, then the one or two things
// to do next. The full self-check stays one click away.
type Guide struct {
	Fresh bool
	// Start is the boxes to fill first on a fresh canvas.
	Start []Box
	// Strengths are readiness items already at full marks, in model order.
	Strengths []Item
	// Next is at most two findings to act on: warnings before advice, in
	// canvas order; the riskiest assumption's test comes first when it
	// has no test card yet.
	Next []Finding
	// TestRiskiest is set when the riskiest assumption has no test card.
	TestRiskiest bool
}

// maxNext is how many things to do the board shows: more reads as a list
// of failures, which the fresh-canvas principle of the issue avoids.
const maxNext = 2

// GuideFor reads a canvas and its self-check for the board's lead.
func GuideFor(c Canvas, r Report) Guide {
	if c.Fresh() {
		var start []Box
		for _, id := range []BoxID{BoxNiche, BoxPains, BoxValue} {
			b, _ := BoxByID(id)
			start = append(start, b)
		}
		return Guide{Fresh: true, Start: start}
	}
	g := Guide{}
	for _, it := range r.Breakdown {
		if it.Max > 0 && it.Points == it.Max {
			g.Strengths = append(g.Strengths, it)
		}
	}
	if r.Riskiest != nil && !c.tested(r.Riskiest.Box) {
		g.TestRiskiest = true
	}
	room := maxNext
	if g.TestRiskiest {
		room--
	}
	for _, sev := range []Severity{Warn, Info} {
		for _, f := range r.Findings {
			if len(g.Next) < room && f.Severity == sev {
				g.Next = append(g.Next, f)
			}
		}
	}
	return g
}

// tested reports whether a card already tests the claim at box.
func (c Canvas) tested(box string) bool {
	for _, t := range c.Tests {
		if t.Claim == box {
			return true
		}
	}
	return false
}
