package compare

import (
	"slices"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// CloseMargin is the score gap, in points of 100, at or under which a
// comparison calls itself close rather than naming a clear leader. Our
// judgement: a few points are within what one changed answer moves.
const CloseMargin = 5

// Verdict says which compared path comes out ahead for a person on the
// weighted axes, by how much, on which axes, and what would change it.
type Verdict struct {
	// Ranked is every compared path, best first (ties keep the chosen order).
	Ranked []Overall
	// Margin is the leader's lead over the runner-up, in points.
	Margin int
	// Close is Margin ≤ CloseMargin.
	Close bool
	// Deciding is the one or two axes on which the leader gains most over
	// the runner-up, largest first: what the lead is made of.
	Deciding []AxisDiff
	// Tip, when not nil, is one answer that would put the runner-up ahead.
	Tip *Tip
}

// AxisDiff is what one axis gives the leader over the runner-up.
type AxisDiff struct {
	Axis, Label string
	// Points is the leader's points on the axis less the runner-up's.
	Points int
	// Weight is the axis's share of 100 for this person.
	Weight int
}

// Tip is an answer that would change the verdict: with Question answered
// Value instead, the runner-up would lead.
type Tip struct {
	Question string
	Value    string
	// Axis is the axis the answer weighs.
	Axis, Label string
	// Leader is the path that would then come out ahead, and by how much.
	Leader string
	Margin int
}

// Judge ranks the paths for a person (nil answers weigh every axis the
// same) and explains the ranking. It needs at least two paths.
func Judge(paths []catalog.Path, answers questionnaire.Answers) (Verdict, bool) {
	if len(paths) < MinPaths {
		return Verdict{}, false
	}
	v := Verdict{Ranked: rank(paths, Weights(answers))}
	lead, next := v.Ranked[0], v.Ranked[1]
	v.Margin = lead.Score - next.Score
	v.Close = v.Margin <= CloseMargin
	v.Deciding = deciding(lead, next)
	v.Tip = tip(paths, answers, lead.PathID)
	return v, true
}

func rank(paths []catalog.Path, ws []Weight) []Overall {
	out := make([]Overall, len(paths))
	for i, p := range paths {
		out[i] = Score(p, ws)
	}
	slices.SortStableFunc(out, func(a, b Overall) int { return b.Score - a.Score })
	return out
}

// deciding is the axes the leader gains most on, at most two, gains only.
func deciding(lead, next Overall) []AxisDiff {
	var diffs []AxisDiff
	for i, a := range lead.Breakdown {
		if d := a.Points - next.Breakdown[i].Points; d > 0 {
			diffs = append(diffs, AxisDiff{Axis: a.Axis, Label: a.Label, Points: d, Weight: a.Max})
		}
	}
	slices.SortStableFunc(diffs, func(a, b AxisDiff) int { return b.Points - a.Points })
	return diffs[:min(len(diffs), 2)]
}

// tip tries every weighing answer at each end of its scale and keeps the
// one that puts another path ahead by the most; nil when no single answer
// changes the leader.
func tip(paths []catalog.Path, answers questionnaire.Answers, leader string) *Tip {
	var best *Tip
	for _, r := range Rules() {
		if r.Question == "" {
			continue
		}
		for _, value := range extremes(r.Question) {
			if answers.Get(r.Question) == value {
				continue
			}
			changed := answers.Clone()
			if changed == nil {
				changed = questionnaire.Answers{}
			}
			changed[r.Question] = []string{value}
			ranked := rank(paths, Weights(changed))
			if ranked[0].PathID == leader || ranked[0].Score == ranked[1].Score {
				continue
			}
			if m := ranked[0].Score - ranked[1].Score; best == nil || m > best.Margin {
				best = &Tip{Question: r.Question, Value: value, Axis: r.Axis, Leader: ranked[0].PathID, Margin: m}
			}
		}
	}
	if best != nil {
		for _, a := range catalog.Axes() {
			if a.ID == best.Axis {
				best.Label = a.Label
			}
		}
	}
	return best
}

// extremes are the two ends of a weighing question's scale.
func extremes(question string) []string {
	switch question {
	case questionnaire.GoalUrgency:
		return []string{"month", "later"}
	case questionnaire.Budget:
		return []string{"0", "5000"}
	}
	return []string{"1", "5"}
}
