// Package compare puts catalog paths side by side: an overall score per path
// on the catalog's comparison axes, weighted by what a person said matters,
// the skill gaps between their ratings and each path's needs, and honest
// defaults for the income projection.
//
// # Weighting
//
// Each axis has a preferred end (a gentle learning curve, steady demand, …).
// Its importance is 1 + 2 × signal, where the signal (0–1) comes from one
// questionnaire answer (see [Rules]); with no assessment every signal is 0.5
// and all axes weigh the same. Importances are scaled to whole points that
// sum to exactly 100 (largest remainder). A path earns an axis's points in
// proportion to how close its 1–5 rating is to the preferred end, rounded
// per axis, so the breakdown always adds up to the overall score.
package compare

import (
	"math"
	"sort"
	"strconv"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// MinPaths and MaxPaths bound a comparison: it needs two to compare and
// stays readable with three.
const (
	MinPaths = 2
	MaxPaths = 3
)

// Rule says how one axis is weighted and why.
type Rule struct {
	Axis string
	// PreferHigh is true when a higher 1–5 rating is better for the person.
	PreferHigh bool
	// Question feeds the signal; "" means the axis always weighs the same.
	Question string
	// Invert counts the answer backwards (a 5 gives signal 0).
	Invert bool
	Why    string
}

// Rules is the weighting model, in catalog axis order.
func Rules() []Rule {
	return []Rule{
		{"learning-curve", false, questionnaire.AILearningCurve, true, "Matters more the less appetite there is for a steep, academic learning curve."},
		{"upfront-investment", false, questionnaire.Budget, true, "Matters more the smaller the budget to invest up front (a budget of $5,000 or more counts as no constraint)."},
		{"time-to-first-income", false, questionnaire.GoalUrgency, false, "Matters more the sooner the first income is needed."},
		{"demand", true, questionnaire.GoalIncome, false, "Matters more the more earning as much as possible matters."},
		{"volatility", false, questionnaire.GoalStability, false, "Matters more the more a stable, predictable income is valued."},
		{"flexibility", true, questionnaire.GoalAutonomy, false, "Matters more the more control over one’s time is wanted."},
		{"future-proofing", true, questionnaire.GoalLearning, false, "Matters more the more deep, lasting skills are valued."},
		{"platform-dependency", false, questionnaire.RiskPlatforms, true, "Matters more the less comfort there is with depending on platforms owned by others."},
		{"commoditisation", false, questionnaire.SkillDomain, true, "Matters more the less domain expertise there is to defend the offer with."},
	}
}

// budgetCap is where an upfront budget stops constraining the choice; it is
// our own threshold, not a figure from the sources.
const budgetCap = 5000

// Weight is an axis's share of the overall score for one person.
type Weight struct {
	Axis       string
	Label      string
	PreferHigh bool
	Points     int // whole points; all axes sum to 100
	Why        string
}

// Weights turns answers into axis weights; nil answers weigh every axis the same.
func Weights(answers questionnaire.Answers) []Weight {
	rules := Rules()
	labels := map[string]string{}
	for _, a := range catalog.Axes() {
		labels[a.ID] = a.Label
	}
	raw := make([]float64, len(rules))
	for i, r := range rules {
		raw[i] = 1 + 2*signal(r, answers)
	}
	points := apportion(raw, 100)
	out := make([]Weight, len(rules))
	for i, r := range rules {
		out[i] = Weight{Axis: r.Axis, Label: labels[r.Axis], PreferHigh: r.PreferHigh, Points: points[i], Why: r.Why}
	}
	return out
}

// signal reads a rule's answer as 0–1; anything missing or unreadable is 0.5.
func signal(r Rule, answers questionnaire.Answers) float64 {
	if answers == nil || r.Question == "" {
		return 0.5
	}
	v := answers.Get(r.Question)
	var s float64
	switch r.Question {
	case questionnaire.GoalUrgency:
		m := map[string]float64{"month": 1, "quarter": 2.0 / 3, "year": 1.0 / 3, "later": 0}
		x, ok := m[v]
		if !ok {
			return 0.5
		}
		s = x
	case questionnaire.Budget:
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return 0.5
		}
		s = math.Min(float64(n), budgetCap) / budgetCap
	default: // a 1–5 scale
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 5 {
			return 0.5
		}
		s = float64(n-1) / 4
	}
	if r.Invert {
		s = 1 - s
	}
	return s
}

// apportion scales raw importances to whole points summing to total, giving
// the leftover points to the largest remainders (ties to the earlier axis).
func apportion(raw []float64, total int) []int {
	sum := 0.0
	for _, r := range raw {
		sum += r
	}
	out := make([]int, len(raw))
	rem := make([]float64, len(raw))
	used := 0
	for i, r := range raw {
		exact := r / sum * float64(total)
		out[i] = int(math.Floor(exact))
		rem[i] = exact - float64(out[i])
		used += out[i]
	}
	idx := make([]int, len(raw))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return rem[idx[a]] > rem[idx[b]] })
	for k := 0; used < total; k++ {
		out[idx[k%len(idx)]]++
		used++
	}
	return out
}

// AxisScore is one line of a path's breakdown.
type AxisScore struct {
	Axis   string
	Label  string
	Level  int // the path's 1–5 rating
	Points int
	Max    int
}

// Overall is a path's weighted score and the breakdown that sums to it.
type Overall struct {
	PathID    string
	Score     int
	Breakdown []AxisScore
}

// Score rates a path against weights; a rating outside 1–5 counts as 3.
func Score(p catalog.Path, ws []Weight) Overall {
	o := Overall{PathID: p.ID}
	for _, w := range ws {
		r, _ := p.Rating(w.Axis)
		level := r.Level
		if level < 1 || level > 5 {
			level = 3
		}
		good := float64(level-1) / 4
		if !w.PreferHigh {
			good = 1 - good
		}
		pts := int(math.Round(float64(w.Points) * good))
		o.Breakdown = append(o.Breakdown, AxisScore{Axis: w.Axis, Label: w.Label, Level: level, Points: pts, Max: w.Points})
		o.Score += pts
	}
	return o
}

// SkillGap is how far a person's rating is below what a path needs.
type SkillGap struct {
	Skill  catalog.Skill
	Need   int
	Rating int // 0 when the person gave no rating
	Gap    int // max(0, need − rating); 0 when there is no rating
}

// Gaps lists a path's skill needs against the person's ratings; skillQuestion
// maps a skill to the question that rates it.
func Gaps(p catalog.Path, answers questionnaire.Answers, skillQuestion map[catalog.Skill]string) []SkillGap {
	var out []SkillGap
	for _, n := range p.Skills {
		g := SkillGap{Skill: n.Skill, Need: n.Level}
		if q, ok := skillQuestion[n.Skill]; ok && answers != nil {
			if r, err := strconv.Atoi(answers.Get(q)); err == nil && r >= 1 && r <= 5 {
				g.Rating = r
				g.Gap = max(0, n.Level-r)
			}
		}
		out = append(out, g)
	}
	return out
}
