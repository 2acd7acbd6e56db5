package scoring

import (
	"math"
	"slices"
	"strconv"

	"golang.org/x/text/currency"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/money"
	q "github.com/crossroads/crossroads/internal/questionnaire"
)

// slot is the position of one question the model reads in [facts].
type slot int

// slots gives every question the model reads a fixed position, so reading
// an answer is an array index rather than a map look-up, and a candidate
// answer for a close call is a one-field change to a copied array.
var slots, slotIDs = func() (map[string]slot, []string) {
	m := map[string]slot{}
	var ids []string
	add := func(id string) {
		if _, ok := m[id]; !ok {
			m[id] = slot(len(ids))
			ids = append(ids, id)
		}
	}
	for _, sq := range model.Skills.Questions {
		add(sq.Question)
	}
	for _, f := range model.Factors {
		add(f.Question)
	}
	add(q.JobPayGoal) // unscored, but the warnings compare it with a job's pay
	return m, ids
}()

// numSlots is how many questions the model reads: the length of every
// per-slot slice. It grows with the model; nothing caps it.
var numSlots = len(slotIDs)

// facts are the answers one assessment gave, read once. Every slot holds a
// value: an unanswered or invalid question holds its undecided answer with
// ok false, so it scores as neutral and never raises a warning. The three
// per-slot slices are numSlots long.
type facts struct {
	num    []int    // a Scale or Number answer
	choice []string // a Single answer
	chosen []string // the Multi answer (the model reads one Multi question)
	ok     []bool
	// country is where the person works: the currency of their amounts.
	country money.Country
}

// clone copies f into fresh slices, so a copy can change without touching f.
func (f *facts) clone() facts {
	nums := make([]int, numSlots)
	choices := make([]string, numSlots)
	oks := make([]bool, numSlots)
	copy(nums, f.num)
	copy(choices, f.choice)
	copy(oks, f.ok)
	return facts{num: nums, choice: choices, chosen: f.chosen, ok: oks, country: f.country}
}

// amount writes one of the person's own amounts in their currency.
func (f *facts) amount(v float64) string { return f.country.Format(f.country.In(v)) }

// inUSDollars reports whether the person's amounts are in US dollars, the
// currency of every published range and median the warnings compare them
// with. Amounts in another currency are never compared with them: that
// would convert at a rate we do not have.
func (f *facts) inUSDollars() bool { return f.country.Local(currency.USD) }

// factorSlots is the slot of each factor's question, by factor index.
var factorSlots = func() []slot {
	out := make([]slot, len(model.Factors))
	for i, fc := range model.Factors {
		out[i] = slots[fc.Question]
	}
	return out
}()

// The slots the model reads by name, resolved once.
var (
	sHustle      = slots[q.HustleHours]
	sDayJobHours = slots[q.DayJobHours]
	sDayJob      = slots[q.DayJob]
	sIncomeGoal  = slots[q.IncomeGoal]
	sJobPayGoal  = slots[q.JobPayGoal]
	sRunway      = slots[q.Runway]
	sBudget      = slots[q.Budget]
	sStability   = slots[q.GoalStability]
	sRiskTol     = slots[q.RiskTolerance]
	sPlatforms   = slots[q.RiskPlatforms]
	sRiskChange  = slots[q.RiskChange]
	sDomain      = slots[q.SkillDomain]
	sField       = slots[q.DomainField]
)

// neutralFacts is the undecided person: every slot at its neutral answer.
var neutralFacts = func() facts {
	f := facts{num: make([]int, numSlots), choice: make([]string, numSlots), ok: make([]bool, numSlots)}
	for _, sq := range model.Skills.Questions {
		f.num[slots[sq.Question]] = 3
	}
	for _, fc := range model.Factors {
		s := slots[fc.Question]
		if fc.Option != "" {
			continue // a Multi option is neutral when not chosen
		}
		if n, err := strconv.Atoi(fc.Neutral); err == nil {
			f.num[s] = n
		} else {
			f.choice[s] = fc.Neutral
		}
	}
	return f
}()

// readFacts keeps only answers that pass the questionnaire's own
// validation, so "invalid" means the same here as on the page.
func readFacts(def q.Definition, a q.Answers) facts {
	f := neutralFacts.clone()
	f.country = money.ParseCountry(a.Get(q.Country))
	for si := range def.Sections {
		qs := def.Sections[si].Questions
		for qi := range qs {
			qu := &qs[qi]
			s, read := slots[qu.ID]
			if !read {
				continue
			}
			vals := a[qu.ID]
			if n, ok := canonicalNumber(qu, vals); ok {
				f.num[s], f.ok[s] = n, true
				continue
			}
			if qu.Kind == q.Single && len(vals) == 1 {
				if _, ok := qu.OptionLabel(vals[0]); ok {
					f.choice[s], f.ok[s] = vals[0], true
					continue
				}
			}
			kept, msg := qu.Validate(vals)
			if msg != "" || len(kept) == 0 {
				continue
			}
			switch qu.Kind {
			case q.Scale, q.Number:
				n, err := strconv.Atoi(kept[0])
				if err != nil {
					continue
				}
				f.num[s] = n
			case q.Single:
				f.choice[s] = kept[0]
			case q.Multi:
				f.chosen = kept
			default:
				continue
			}
			f.ok[s] = true
		}
	}
	return f
}

// canonicalNumber reads a Scale or Number answer that is already in the
// form a saved page stores ("12", never " 12" or "1,200"), which Validate
// would accept unchanged; anything else is left to Validate.
func canonicalNumber(qu *q.Question, vals []string) (int, bool) {
	if (qu.Kind != q.Scale && qu.Kind != q.Number) || len(vals) != 1 {
		return 0, false
	}
	v := vals[0]
	if v == "" || len(v) > 9 || (v[0] == '0' && len(v) > 1) {
		return 0, false
	}
	n := 0
	for i := range len(v) {
		if v[i] < '0' || v[i] > '9' {
			return 0, false
		}
		n = n*10 + int(v[i]-'0')
	}
	if n < qu.Min || n > qu.Max {
		return 0, false
	}
	return n, true
}

// signal reads a Linear factor's answer as −1…1, 0 at the undecided answer.
func (f *facts) signal(i int) float64 {
	fc := &model.Factors[i]
	s := factorSlots[i]
	switch {
	case fc.Option != "":
		if slices.Contains(f.chosen, fc.Option) {
			return 1
		}
		return 0
	case len(fc.Signals) > 0:
		for _, sg := range fc.Signals {
			if sg.Value == f.choice[s] {
				return sg.Signal
			}
		}
		return 0
	case fc.Question == q.IncomeGoal:
		g := float64(f.num[s])
		if g <= 0 {
			return -1
		}
		return clamp(math.Log10(g/float64(model.Thresholds.GoalPivot)), -1, 1)
	}
	return clamp(float64(f.num[s]-3)/2, -1, 1) // a 1–5 scale
}

// signals holds every factor's signal for one set of facts, in
// model.Factors order (see [facts.signalOf]).
type signals []float64

func (f *facts) signals() signals {
	sg := make(signals, len(model.Factors))
	for i := range model.Factors {
		sg[i] = f.signalOf(i)
	}
	return sg
}

// signalOf is factor i's signal: what every path's points for it are
// multiplied by, worked out once per assessment rather than once per path.
// Hours, the working week and the day-job plan read the facts per path and
// have none (0).
func (f *facts) signalOf(i int) float64 {
	fc := &model.Factors[i]
	switch fc.Kind {
	case Linear:
		return f.signal(i)
	case BudgetShortfall:
		return budgetSignal(f)
	case RunwayShortfall:
		return leaving(f) * runwaySignal(f)
	case FieldMatch:
		if f.choice[sField] == "" {
			return 0
		}
		return max(0, float64(f.num[sDomain]-3)/2)
	}
	return 0
}

// property reads the side of path p that a factor weighs against.
func property(p *catalog.Path, prop Property, option string) float64 {
	lean := p.Fit.Lean
	half := func(level int) float64 { return float64(level-3) / 2 }
	switch prop {
	case PropCraft:
		return 1 - lean
	case PropPeopleWork:
		return 1 - 2*lean
	case PropTechnical:
		return 2*lean - 1
	case PropFlexibility:
		return half(p.Flexibility.Level)
	case PropEarning:
		return float64(p.Fit.Earning.Level-2) / 3
	case PropLearning:
		return half(p.LearningCurve.Level)
	case PropSteadiness:
		return -half(p.Volatility.Level)
	case PropVolatility:
		return half(p.Volatility.Level)
	case PropSpeed:
		return -half(p.TimeToFirstIncome.Level)
	case PropSlowPay:
		return half(p.TimeToFirstIncome.Level)
	case PropUpfront:
		return float64(p.UpfrontInvestment.Level-1) / 4
	case PropPlatforms:
		return half(p.PlatformDependency.Level)
	case PropPace:
		return -half(p.FutureProofing.Level)
	case PropExposure:
		return max(0, half(p.Commoditisation.Level))
	case PropToolUse:
		return p.Fit.ToolUse
	case PropLeads:
		if p.Fit.LeadsTo(catalog.Outcome(option)) {
			return 1
		}
		return -1
	}
	return 0
}

// pathSide is the path's own figure a factor's sentence names: a rating,
// an hours estimate or a need. It is stored with the contribution.
func pathSide(p *catalog.Path, fc *Factor) int {
	switch fc.Against {
	case PropFlexibility:
		return p.Flexibility.Level
	case PropEarning:
		return p.Fit.Earning.Level
	case PropLearning:
		return p.LearningCurve.Level
	case PropSteadiness, PropVolatility:
		return p.Volatility.Level
	case PropSpeed, PropSlowPay:
		return p.TimeToFirstIncome.Level
	case PropPlatforms:
		return p.PlatformDependency.Level
	case PropPace:
		return p.FutureProofing.Level
	case PropExposure:
		return p.Commoditisation.Level
	case PropHours:
		return p.Fit.Hours
	case PropUpfront:
		return p.UpfrontInvestment.Level
	case PropLeads:
		if p.Fit.LeadsTo(catalog.Outcome(fc.Option)) {
			return 1
		}
		return 0
	case PropMode:
		if p.Mode == catalog.FullTime {
			return 1
		}
		return 0
	case PropToolUse:
		return int(math.Round(p.Fit.ToolUse * 100))
	}
	return int(math.Round(p.Fit.Lean * 100)) // craft, people-work, technical
}

func clamp(x, lo, hi float64) float64 { return min(max(x, lo), hi) }

func itoa(n int) string { return strconv.Itoa(n) }
