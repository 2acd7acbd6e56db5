package scoring

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/money"
	q "github.com/crossroads/crossroads/internal/questionnaire"
)

// Reason says in words why a contribution moved a path, from the person's
// own answer (in a, the answers the result was made from) and the path's
// side of it, in the voice asked for. It is built from data for each voice,
// never by rewriting one voice into the other.
func Reason(c Contribution, def q.Definition, a q.Answers, v Voice) string {
	factor, option, _ := strings.Cut(c.Factor, ":")
	switch factor {
	case "base":
		// The start as the breakdown shows it: model 3 scales the model's
		// base (50) with every other reason, so it reads 58, not 50.
		start := c.Points
		if start <= 0 {
			start = int(model.Base)
		}
		return "Every path starts at " + itoa(start) + "."
	case "barrier":
		switch {
		case c.Points >= -2:
			return "Quick to start: it asks little of anyone before the first income."
		case c.Points <= -7:
			return "It asks a lot of anyone before the first income: a steep learning curve, money up front and time."
		}
		return "It asks some learning, money or time of anyone before the first income."
	case "skill":
		return skillReason(catalog.Skill(option), c, a, v)
	case "must-have":
		for _, mh := range model.MustHaves {
			if mh.ID == option {
				return v.Subject + " said " + v.subject + " need " + mustName(mh, v) + "; this path breaks it."
			}
		}
		return "It breaks a must-have."
	case "cost":
		return costReason(option, c, a, v)
	case "clamp": // model 2 only
		return "Held to the 0–100 scale."
	}
	fc, ok := factorFor(c.Factor)
	if !ok {
		return c.Factor
	}
	qu, _ := def.Question(fc.Question)
	val := a.Get(fc.Question)
	if val == "" || !validAnswer(qu, a[fc.Question]) {
		val = fc.Neutral
	}
	good := c.Points > 0
	switch fc.Kind {
	case HoursShortfall:
		return v.Subject + " can give " + val + " hours a week; by our estimate this path needs about " + itoa(c.Path) + "."
	case WeekLoad:
		total := atoi(val) + c.Path
		return v.Possessive + " day job takes " + val + " hours a week and this path adds about " + itoa(c.Path) + ": " + itoa(total) + " in all."
	case BudgetShortfall:
		return v.Subject + " can invest " + ownAmount(a, atoi(val)) + " up front; this path is rated " + itoa(c.Path) + "/5 for upfront investment."
	case RunwayShortfall:
		return v.Possessive + " savings cover " + val + " months, without a salary to fall back on; this path is rated " + itoa(c.Path) + "/5 for time to first income."
	case FieldMatch:
		label, _ := qu.OptionLabel(val)
		return v.Subject + " know " + lowerFirst(label) + " well (domain expertise " + answerOr(a, q.SkillDomain, "3") + "/5), and this path’s work is in that field."
	case DayJobPlan:
		switch val {
		case "keep":
			return v.Subject + " want to keep " + v.possessive + " day job, and this is a side hustle."
		case "switch":
			if c.Path == 1 {
				return v.Subject + " would leave " + v.possessive + " day job for the right full-time role, and this is one."
			}
			return v.Subject + " would leave " + v.possessive + " day job for a full-time role; this is a side hustle."
		case "none":
			if good {
				return v.Subject + " have no day job right now, and this path is among the most flexible."
			}
			return v.Subject + " have no day job right now, and this path is among the least flexible."
		}
	}
	if fc.Option != "" {
		if c.Path == 1 {
			return v.Subject + " want " + fc.Short + ", and this path can lead there."
		}
		return v.Subject + " want " + fc.Short + "; this path does not lead there."
	}
	var said string
	switch {
	case fc.Question == q.IncomeGoal:
		said = v.Possessive + " monthly income goal is " + ownAmount(a, atoi(val))
	case qu.Kind == q.Single:
		label, _ := qu.OptionLabel(val)
		said = v.Subject + " chose “" + label + "” for " + fc.Short
	default:
		said = v.Subject + " rated " + fc.Short + " " + val + "/5"
	}
	return said + "; " + pathClause(fc.Against, c.Path) + "."
}

// costReason words a moderate must-have answer's cost on a path.
func costReason(id string, c Contribution, a q.Answers, v Voice) string {
	n := itoa(c.Path)
	switch id {
	case MustSteadyIncome:
		return v.Subject + " lean toward a steady income (stability " + answerOr(a, q.GoalStability, "3") + "/5, comfort with swings " +
			answerOr(a, q.RiskTolerance, "3") + "/5); this path is rated " + n + "/5 for volatility."
	case MustOwnPlatforms:
		return v.Subject + " rated " + v.possessive + " comfort depending on platforms others control " + answerOr(a, q.RiskPlatforms, "3") +
			"/5; this path is rated " + n + "/5 for platform dependency."
	case MustKeepJob:
		return v.Subject + " want to keep " + v.possessive + " day job, and this is a full-time role."
	}
	return "A cost for a must-have answered short of a veto."
}

// answerOr is a 1–5 answer as given, or def when it is missing or invalid.
func answerOr(a q.Answers, id, def string) string {
	if n, err := strconv.Atoi(a.Get(id)); err == nil && n >= 1 && n <= 5 {
		return a.Get(id)
	}
	return def
}

// pathClause names the path's side of a factor.
func pathClause(prop Property, side int) string {
	n := itoa(side)
	switch prop {
	case PropCraft, PropPeopleWork, PropTechnical:
		switch {
		case side <= 35:
			return "this path sits at the marketing end of the work"
		case side >= 65:
			return "this path sits at the technical end of the work"
		}
		return "this path sits between the marketing and technical ends of the work"
	case PropFlexibility:
		return "this path is rated " + n + "/5 for flexibility"
	case PropEarning:
		return "its earning potential is " + n + "/5 (our reading of the sources)"
	case PropLearning:
		return "its learning curve is rated " + n + "/5"
	case PropSteadiness, PropVolatility:
		return "it is rated " + n + "/5 for volatility"
	case PropSpeed:
		return "it is rated " + n + "/5 for time to first income"
	case PropPlatforms:
		return "it is rated " + n + "/5 for platform dependency"
	case PropPace:
		return "it is rated " + n + "/5 for future-proofing"
	case PropExposure:
		return "it is rated " + n + "/5 for commoditisation risk"
	case PropToolUse:
		if side >= 75 {
			return "the work itself runs on AI tools"
		}
		return "AI tools help with the work but are not the work"
	}
	return "this path"
}

func skillReason(s catalog.Skill, c Contribution, a q.Answers, v Voice) string {
	name := lowerFirst(s.Label())
	need := itoa(c.Path)
	for _, sq := range model.Skills.Questions {
		if sq.Skill != s {
			continue
		}
		val := a.Get(sq.Question)
		n, err := strconv.Atoi(val)
		if err != nil || n < 1 || n > 5 {
			return v.Possessive + " " + name + " is not rated, so it counts as 3/5; this path needs " + need + "/5."
		}
		if n >= c.Path {
			return v.Subject + " rated " + v.possessive + " " + name + " " + val + "/5; this path needs " + need + "/5."
		}
		return v.Subject + " rated " + v.possessive + " " + name + " " + val + "/5; this path needs " + need + "/5, a gap of " + itoa(c.Path-n) + "."
	}
	return name
}

// ownAmount writes an amount the person gave, in their own currency.
func ownAmount(a q.Answers, n int) string {
	c := money.ParseCountry(a.Get(q.Country))
	return c.Format(c.In(float64(n)))
}

// TipText is a close call's tip in words: "If you could give 15 hours a
// week instead of 10, Email marketing would come first."
func TipText(t Tip, def q.Definition, a q.Answers, v Voice, runner string) string {
	var s string
	qu, _ := def.Question(t.Question)
	fc, _ := factorFor(t.Question)
	switch t.Question {
	case q.HustleHours:
		s = "If " + v.subject + " could give " + t.To + " hours a week instead of " + t.From
	case q.DayJobHours:
		s = "If " + v.possessive + " day job took " + t.To + " hours a week instead of " + t.From
	case q.Budget:
		s = "If " + v.subject + " could invest " + ownAmount(a, atoi(t.To)) + " up front instead of " + ownAmount(a, atoi(t.From))
	case q.Runway:
		s = "If " + v.possessive + " savings covered " + t.To + " months instead of " + t.From
	case q.IncomeGoal:
		s = "If " + v.possessive + " monthly income goal were " + ownAmount(a, atoi(t.To)) + " instead of " + ownAmount(a, atoi(t.From))
	default:
		switch {
		case qu.Kind == q.Multi:
			opt, _ := factorFor(t.Question + ":" + t.Option)
			if t.To == "yes" {
				s = "If " + v.subject + " also wanted " + opt.Short
			} else {
				s = "If " + v.subject + " did not count on " + opt.Short
			}
		case qu.Kind == q.Single:
			to, _ := qu.OptionLabel(t.To)
			from, _ := qu.OptionLabel(t.From)
			s = "If " + v.subject + " chose “" + to + "” instead of “" + from + "” for " + fc.Short
		case isSkillQuestion(t.Question):
			s = "If " + v.subject + " rated " + v.possessive + " " + lowerFirst(skillOf(t.Question).Label()) + " " + t.To + "/5 instead of " + t.From + "/5"
		default:
			s = "If " + v.subject + " rated " + fc.Short + " " + t.To + "/5 instead of " + t.From + "/5"
		}
	}
	return s + ", " + runner + " would come first."
}

// factorFor finds a factor by its contribution name: a question ID, or
// "<question>:<option>" for a Multi option.
func factorFor(name string) (Factor, bool) {
	for i, id := range factorIDs {
		if id == name {
			return model.Factors[i], true
		}
	}
	for _, fc := range model.Factors {
		if fc.Question == name && fc.Option == "" {
			return fc, true
		}
	}
	return Factor{}, false
}

func isSkillQuestion(id string) bool {
	for _, sq := range model.Skills.Questions {
		if sq.Question == id {
			return true
		}
	}
	return false
}

func skillOf(id string) catalog.Skill {
	for _, sq := range model.Skills.Questions {
		if sq.Question == id {
			return sq.Skill
		}
	}
	return ""
}

func validAnswer(qu q.Question, vals []string) bool {
	_, msg := qu.Validate(vals)
	return msg == "" && len(vals) > 0
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || size == 0 {
		return s
	}
	// Keep names such as "AI ethics" and "Python" as they are written.
	if len(s) > size && unicode.IsUpper(rune(s[size])) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

// OverruledText says which better fit a must-have set aside: "Custom
// chatbots would fit you best (72), but it builds on platforms you said you
// can't rely on: building on rented land, as the first article puts it."
func OverruledText(o Overruled, def q.Definition, v Voice) string {
	name := o.PathID
	if p, ok := catalog.ByID(o.PathID); ok {
		name = p.Name
	}
	s := name + " would fit " + v.object + " best (" + itoa(o.Score) + "), but "
	var whys []string
	for _, id := range o.MustHaves {
		switch id {
		case MustOwnPlatforms:
			whys = append(whys, "it builds on platforms "+v.subject+" said "+v.subject+" can’t rely on: building houses on rented land, as the first article puts it")
		case MustSteadyIncome:
			whys = append(whys, "its income swings and "+v.subject+" said "+v.subject+" need a steady one")
		case MustKeepJob:
			whys = append(whys, "it is a full-time role and "+v.subject+" want to keep "+v.possessive+" day job")
		}
	}
	if len(whys) == 0 {
		return s + "it breaks a must-have."
	}
	return s + strings.Join(whys, "; and ") + "."
}

// TieBreakText says why the first of two equal scores is listed first, from
// the rule that decided ([Close.TieBreak]) and the model that ranked them:
// models 1 and 2 held scores to 0–100, model 3 only rounds them.
func TieBreakText(tieBreak, modelVersion string) string {
	switch {
	case tieBreak == TieBreakSum && modelVersion == ModelVersion:
		return "Listed first: its reasons add up to a little more before the score is rounded."
	case tieBreak == TieBreakSum:
		return "Listed first: its reasons add up to more before the score is held to 100."
	case tieBreak == TieBreakBarrier:
		return "Listed first: it asks less to start."
	}
	return "Listed first only by catalog order."
}
