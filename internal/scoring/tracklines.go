package scoring

import (
	"github.com/crossroads/crossroads/internal/catalog"
	q "github.com/crossroads/crossroads/internal/questionnaire"
)

// TrackLine says why one track ranks where it does, as data: the page words
// it with [TrackLineText] for the owner or the share view.
type TrackLine struct {
	Track catalog.Track `json:"track"`
	Rank  int           `json:"rank"` // 1 to 3
	// BestPath is the track's best path, whose reasons the line names.
	BestPath string `json:"best_path"`
	Score    int    `json:"score"`
	// Code is why: TrackLeads (the best track: its strongest edge over the
	// next), TrackTrails (the largest gap to the best track) or
	// TrackVetoed (its best path breaks a must-have the best track keeps).
	Code string `json:"code"`
	// Versus is the track compared with; Gap how many points of the
	// difference the named reason makes (after the scale, rounded).
	Versus catalog.Track `json:"versus,omitempty"`
	Gap    int           `json:"gap,omitempty"`
	// Reason is the contribution that makes the difference, on the path it
	// moved most (On: this track's best path or the one compared with), on
	// the same terms as that path's breakdown.
	Reason Contribution `json:"reason"`
	On     string       `json:"on,omitempty"`
	// MustHave is the must-have broken, for TrackVetoed.
	MustHave string `json:"must_have,omitempty"`
	// Cite is what the sources say that the reason rests on.
	Cite *catalog.Citation `json:"cite,omitempty"`
}

// The codes of a track line.
const (
	TrackLeads  = "leads"
	TrackTrails = "trails"
	TrackVetoed = "vetoed"
	// TrackSetAside: every path of the track is one the person set aside.
	TrackSetAside = "set-aside"
)

// trackLines builds one line per track, in ranking order, from the answers
// and the path ratings. Only the three best paths of their tracks are
// evaluated again, into buf.
func trackLines(f *facts, sg signals, st mustState, ranked []PathFit, ranks []rankKey, buf []part) []TrackLine {
	var best []int // catalog index of each track's best path, in ranking order
	for _, pf := range ranked {
		i := indexOfID(pf.PathID)
		if !containsTrack(best, paths[i].Track) {
			best = append(best, i)
		}
	}
	if len(best) < 2 {
		return nil
	}
	parts := make([][]part, len(best))
	for r, i := range best {
		start := len(buf)
		buf = evaluate(&tables[i], f, sg, st, buf)
		parts[r] = buf[start:len(buf):len(buf)]
	}
	otherX := make([]float64, partKeys) // the compared path's points, by key
	mineAt := make([]int, partKeys)     // 1 + the index of this path's part, by key
	out := make([]TrackLine, 0, len(best))
	for r, i := range best {
		p := &paths[i]
		pf, _ := pathFitOf(ranked, p.ID)
		if r > 0 && ranks[i].aside != ranks[best[0]].aside {
			// Set aside by the person: that, not a reason, is why it trails.
			l := TrackLine{Track: p.Track, Rank: r + 1, BestPath: p.ID, Score: pf.Score, Code: TrackSetAside}
			out = append(out, l)
			continue
		}
		l := TrackLine{Track: p.Track, Rank: r + 1, BestPath: p.ID, Score: pf.Score}
		lead := 0
		if r == 0 {
			lead = 1
		}
		if r > 0 && ranks[i].clashes > ranks[best[0]].clashes {
			l.Code, l.Versus = TrackVetoed, paths[best[0]].Track
			l.MustHave = firstClash(st.firm & tables[i].breaks &^ tables[best[0]].breaks)
			if l.MustHave == "" {
				l.MustHave = pf.Clashes[0]
			}
			l.Cite = breachCite(p, l.MustHave)
			out = append(out, l)
			continue
		}
		other := parts[lead]
		mine := parts[r]
		clear(otherX)
		clear(mineAt)
		for _, pt := range other {
			otherX[pt.key] = pt.x
		}
		for j, pt := range mine {
			mineAt[pt.key] = j + 1
		}
		// The reason with the largest difference in the line's direction:
		// what this track has over the next one, or what the best has over it.
		sign := -1.0
		if r == 0 {
			sign = 1
		}
		var pick part
		var gap float64
		for _, pt := range mine {
			if d := sign * (pt.x - otherX[pt.key]); pt.kind != PartBase && d > gap {
				gap, pick = d, pt
			}
		}
		for _, pt := range other { // reasons that moved only the other path
			if d := -sign * pt.x; pt.kind != PartBase && d > gap && mineAt[pt.key] == 0 {
				gap, pick = d, pt
			}
		}
		l.Versus = paths[best[lead]].Track
		if r == 0 {
			l.Code = TrackLeads
		} else {
			l.Code = TrackTrails
		}
		if pick.key == 0 { // nothing but the start: no reason differs
			out = append(out, l)
			continue
		}
		// The reason is worded on the path it moved most: this track's best
		// path, or the path it is compared with.
		on, onIdx := pick, i
		if j := mineAt[pick.key]; j > 0 {
			on = mine[j-1]
		}
		if theirs := otherX[pick.key]; abs64(theirs) > abs64(on.x) || mineAt[pick.key] == 0 {
			on, onIdx = pick, best[lead]
			for _, pt := range other {
				if pt.key == pick.key {
					on = pt
				}
			}
		}
		l.Gap = round(gap)
		l.On = paths[onIdx].ID
		l.Reason = Contribution{Factor: on.factor(), Kind: on.kind, Points: round(on.x), Path: int(on.path)}
		l.Cite = citeFor(on)
		out = append(out, l)
	}
	return out
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func indexOfID(id string) int {
	for i := range paths {
		if paths[i].ID == id {
			return i
		}
	}
	return 0
}

func containsTrack(idx []int, t catalog.Track) bool {
	for _, i := range idx {
		if paths[i].Track == t {
			return true
		}
	}
	return false
}

func pathFitOf(ranked []PathFit, id string) (PathFit, bool) {
	for _, pf := range ranked {
		if pf.PathID == id {
			return pf, true
		}
	}
	return PathFit{}, false
}

func firstClash(m mustSet) string {
	for i, mh := range model.MustHaves {
		if m&(1<<i) != 0 {
			return mh.ID
		}
	}
	return ""
}

// citeFor is the source a reason rests on.
func citeFor(pt part) *catalog.Citation {
	switch pt.kind {
	case PartBarrier:
		c := model.BarrierCite
		return &c
	case PartSkill:
		c := model.Skills.Cite
		return &c
	case PartCost:
		return model.MustHaves[int(pt.key)-keyCost].Cite
	case PartAnswer, PartField:
		return model.Factors[int(pt.key)-keyFactor].Cite
	}
	return nil
}

// TrackLineText is a track line in words for the given voice: "A
// generative-AI job ranks last for you: you said you need a steady income,
// and the second article calls that market volatile, tied to the hype
// cycle." The reason clause is the one the breakdown gives (see [Reason]).
func TrackLineText(l TrackLine, def q.Definition, a q.Answers, v Voice) string {
	place := [...]string{"first", "second", "last"}[min(max(l.Rank, 1), 3)-1]
	head := trackName(l.Track) + " ranks " + place + " for " + v.object
	path, _ := catalog.ByID(l.BestPath)
	switch l.Code {
	case TrackVetoed:
		return head + ": " + mustSaid(l.MustHave, v) + ", and " + breach(l.MustHave, l.Track) + "."
	case TrackSetAside:
		return head + ": " + v.subject + " set its paths aside."
	case TrackLeads, TrackTrails:
		if l.Reason.Factor == "" {
			return head + "."
		}
		why := lowerFirst(Reason(l.Reason, def, a, v))
		head += ", with " + path.Name + " its best path. "
		versus := lowerFirst(trackName(l.Versus))
		other := ""
		if p, ok := catalog.ByID(l.On); ok {
			other = p.Name
		}
		switch {
		case l.Code == TrackLeads && l.On == l.BestPath:
			return head + "Most in its favour against " + versus + ": " + why
		case l.Code == TrackLeads:
			return head + "Most against " + versus + ", whose best path is " + other + ": " + why
		case l.On == l.BestPath:
			return head + "Most against it: " + why
		}
		return head + "Most in favour of " + versus + ", whose best path is " + other + ": " + why
	}
	return head + "."
}

// breachCite is what the sources say about how path p breaks the
// must-have: its own rating's quote where it has one.
func breachCite(p *catalog.Path, id string) *catalog.Citation {
	var c *catalog.Citation
	switch id {
	case MustSteadyIncome:
		c = p.Volatility.Cite
	case MustOwnPlatforms:
		c = p.PlatformDependency.Cite
	}
	if c == nil {
		for _, mh := range model.MustHaves {
			if mh.ID == id {
				c = mh.Cite
			}
		}
	}
	return c
}

// mustSaid is what the person said that makes a must-have, in a voice.
func mustSaid(id string, v Voice) string {
	switch id {
	case MustSteadyIncome:
		return v.subject + " said " + v.subject + " need a steady income"
	case MustOwnPlatforms:
		return v.subject + " said " + v.subject + " can’t rely on platforms " + v.subject + " don’t control"
	case MustKeepJob:
		return v.subject + " want to keep " + v.possessive + " day job"
	}
	return v.subject + " named a must-have"
}

// trackName is a track's name as the subject of a sentence.
func trackName(t catalog.Track) string {
	switch t {
	case catalog.Marketing:
		return "A digital-marketing side hustle"
	case catalog.AIJob:
		return "A generative-AI job"
	case catalog.Hybrid:
		return "An AI-powered side hustle"
	}
	return t.Label()
}

// breach says what a path that breaks the must-have does, as the sources
// put it.
func breach(id string, t catalog.Track) string {
	switch id {
	case MustSteadyIncome:
		if t != catalog.AIJob {
			return "the first article says many AI side hustles live off temporary information asymmetries"
		}
		return "the second article calls that market volatile, tied to the hype cycle"
	case MustOwnPlatforms:
		return "the first article calls building on platforms others control building houses on rented land"
	case MustKeepJob:
		return "the second article says the high-paying generative-AI jobs are more often full-time, dedicated positions"
	}
	return "its best path breaks it"
}
