package scoring

import (
	"github.com/crossroads/crossroads/internal/catalog"
	q "github.com/crossroads/crossroads/internal/questionnaire"
)

// dayJobMax is the most day-job hours the questionnaire accepts.
var dayJobMax = func() int {
	qu, _ := q.Default().Question(q.DayJobHours)
	return qu.Max
}()

// ScaleRule puts a path's sum on a 0–100 scale that no answer set can
// leave, so no score is ever held to the ends. Before the scale, each path
// has a most and a least its reasons can add up to (its barrier, its skills
// all met or all missing, every factor at the end that helps or hurts it
// most, every cost paid); Up is the largest most and Down the largest least
// over all paths, both before the start. A score is Base + Multiplier × the
// sum of the other reasons, with Multiplier = 100 ÷ (Up + Down) and
// Base = Multiplier × Down, so the worst possible answers for the worst
// path score 0 and the best for the best score 100. Every reason on a
// result is shown after the multiplier, so the breakdown adds up.
type ScaleRule struct {
	Base       float64
	Multiplier float64
	Up, Down   float64
	Why        string
}

// withScale works out the model's scale from its own numbers and the
// catalog, so a change to a weight can never push a score out of range.
func withScale(m ModelDoc) ModelDoc {
	var up, down float64
	for _, p := range catalog.All() {
		hi, lo := pathBounds(m, &p)
		up, down = max(up, hi), max(down, -lo)
	}
	k := 100 / (up + down)
	m.Scale = ScaleRule{Base: k * down, Multiplier: k, Up: up, Down: down,
		Why: "One multiplier for every reason and a start set so that no possible answers score below 0 or above 100: no score is ever held. Arithmetic on our numbers."}
	return m
}

// pathBounds is the most and the least path p's reasons can add up to
// before the scale, over every possible answer set. Each reason is bounded
// on its own, so the bounds hold even where two reasons read one answer.
func pathBounds(m ModelDoc, p *catalog.Path) (hi, lo float64) {
	asks := p.LearningCurve.Level - 1 + p.UpfrontInvestment.Level - 1 + p.TimeToFirstIncome.Level - 1
	b := -m.BarrierPoints * float64(asks) / 12
	hi, lo = b, b
	if len(skillShares(p)) > 0 {
		hi += m.Skills.Points
		lo -= m.Skills.Points
	}
	th := m.Thresholds
	for i := range m.Factors {
		fc := &m.Factors[i]
		var a, z float64 // the two ends of what this factor can do
		switch fc.Kind {
		case Linear:
			sMin, sMax := -1.0, 1.0
			switch {
			case fc.Option != "":
				sMin, sMax = 0, 1
			case len(fc.Signals) > 0:
				sMin, sMax = fc.Signals[0].Signal, fc.Signals[0].Signal
				for _, sg := range fc.Signals {
					sMin, sMax = min(sMin, sg.Signal), max(sMax, sg.Signal)
				}
			}
			prop := property(p, fc.Against, fc.Option)
			a, z = fc.Points*sMin*prop, fc.Points*sMax*prop
		case HoursShortfall:
			spare := th.SparePoints * property(p, PropSlowPay, "")
			a, z = -min(fc.Points, float64(p.Fit.Hours))+min(0, spare), max(0, spare)
		case WeekLoad:
			if p.Mode == catalog.SideHustle {
				a = -min(fc.Points, th.LoadPerHour*float64(max(0, dayJobMax+p.Fit.Hours-th.LoadFrom)))
			}
		case BudgetShortfall:
			z = fc.Points * float64(p.UpfrontInvestment.Level-1) / 4
			a = -z
		case RunwayShortfall:
			prop := property(p, fc.Against, "")
			a, z = -fc.Points*prop, fc.Points*prop
		case DayJobPlan:
			flex := fc.Points * property(p, PropFlexibility, "")
			if p.Mode == catalog.SideHustle {
				a, z = min(-fc.Points/2, flex), max(fc.Points, flex)
			} else {
				a, z = min(0, flex), max(fc.Points, flex)
			}
		case FieldMatch:
			if len(p.Fit.Fields) > 0 {
				z = fc.Points
			}
		}
		hi += max(a, z, 0)
		lo += min(a, z, 0)
	}
	for _, mh := range m.MustHaves {
		if dep, _ := dependence(p, mh.ID); dep > 0 {
			lo -= mh.CostPoints * dep
		}
		if m.ClashPoints > 0 && breaksAt(th, p, mh.ID) {
			lo -= m.ClashPoints
		}
	}
	return hi, lo
}
