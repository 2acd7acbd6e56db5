package scoring

import (
	"math"
	"slices"
	"strconv"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
)

// Result is a scored assessment: what a stored recommendation snapshot holds.
type Result struct {
	ModelVersion string    `json:"model_version"`
	Profile      []Trait   `json:"profile"`  // every dimension, in model order
	Tracks       []Fit     `json:"tracks"`   // all three, best first; ties keep catalog.Tracks order
	Paths        []PathFit `json:"paths"`    // every catalog path, best first; ties keep catalog order
	Warnings     []Warning `json:"warnings"` // about the user's situation as a whole
}

// Trait is the user's value on one profile dimension.
type Trait struct {
	Dimension string `json:"dimension"`
	Percent   int    `json:"percent"`  // 0–100
	Answered  bool   `json:"answered"` // false when every input was missing and the midpoint was used
}

// Fit is one track's score with its breakdown.
type Fit struct {
	Track         catalog.Track  `json:"track"`
	Score         int            `json:"score"` // 0–100
	Contributions []Contribution `json:"contributions"`
}

// PathFit is one path's score with its breakdown and warnings.
type PathFit struct {
	PathID        string         `json:"path_id"`
	Track         catalog.Track  `json:"track"`
	Score         int            `json:"score"` // 0–100
	Contributions []Contribution `json:"contributions"`
	Warnings      []Warning      `json:"warnings"`
}

// Contribution is one reason a score moved; a score's contributions sum to it exactly.
type Contribution struct {
	Label  string `json:"label"`
	Points int    `json:"points"`
}

// Warning is a risk the sources describe, applied to the user's answers.
type Warning struct {
	Kind   string            `json:"kind"`
	Title  string            `json:"title"`
	Detail string            `json:"detail"`
	Cite   *catalog.Citation `json:"cite,omitempty"`
}

// Top returns the best-fitting track.
func (r Result) Top() Fit {
	if len(r.Tracks) == 0 {
		return Fit{}
	}
	return r.Tracks[0]
}

// Path returns the scored path with the given ID.
func (r Result) Path(id string) (PathFit, bool) {
	for _, p := range r.Paths {
		if p.PathID == id {
			return p, true
		}
	}
	return PathFit{}, false
}

// paths is the catalog, read once: scoring never modifies it.
var paths = catalog.All()

// dimIndex finds a dimension's position in model.Dimensions.
var dimIndex = func() map[string]int {
	m := map[string]int{}
	for i, d := range model.Dimensions {
		m[d.ID] = i
	}
	return m
}()

// Score rates every track and path for the answers. Answers are read against
// def; a missing or invalid answer counts as neutral, so Score accepts any
// map, never panics and always returns scores from 0 to 100.
func Score(def questionnaire.Definition, a questionnaire.Answers) Result {
	in := readAnswers(def, a)
	prof := in.profile()

	// In catalog.Tracks order; the hybrid, last, reads the two before it.
	fits := make([]Fit, 0, len(model.Tracks))
	for _, tm := range model.Tracks {
		fits = append(fits, trackFit(tm, prof, fits))
	}
	res := Result{
		ModelVersion: ModelVersion,
		Profile:      make([]Trait, len(model.Dimensions)),
		Tracks:       slices.Clone(fits),
		Paths:        make([]PathFit, 0, len(paths)),
	}
	for i, d := range model.Dimensions {
		v := prof[i]
		res.Profile[i] = Trait{Dimension: d.ID, Percent: int(math.Round(v.value * 100)), Answered: v.answered}
	}
	slices.SortStableFunc(res.Tracks, func(x, y Fit) int { return y.Score - x.Score })

	skills := in.skills()
	f := in.facts()
	ws := newWarnings(f)
	for _, p := range paths {
		pf := pathFit(p, fitOf(fits, p.Track), skills)
		pf.Warnings = ws.forPath(p, f)
		res.Paths = append(res.Paths, pf)
	}
	slices.SortStableFunc(res.Paths, func(x, y PathFit) int { return y.Score - x.Score })

	res.Warnings = ws.global(f, res.Tracks[0].Track)
	return res
}

func fitOf(fits []Fit, t catalog.Track) int {
	for _, f := range fits {
		if f.Track == t {
			return f.Score
		}
	}
	return 0
}

// answer is one answer that passed validation, with its number parsed.
type answer struct {
	q    *questionnaire.Question
	vals []string
	n    int // the value of a Scale or Number answer
}

// answers holds the answers that pass validation, keyed by question ID.
type answers map[string]answer

// readAnswers keeps only answers that pass the questionnaire's own
// validation, so "invalid" means the same thing here as on the page. Free
// text is skipped: it never changes a score.
func readAnswers(def questionnaire.Definition, a questionnaire.Answers) answers {
	in := make(answers, 40)
	for si := range def.Sections {
		qs := def.Sections[si].Questions
		for qi := range qs {
			q := &qs[qi]
			if q.Kind == questionnaire.Text {
				continue
			}
			kept, msg := q.Validate(a[q.ID])
			if msg != "" || len(kept) == 0 {
				continue
			}
			ans := answer{q: q, vals: kept}
			if q.Kind == questionnaire.Scale || q.Kind == questionnaire.Number {
				n, err := strconv.Atoi(kept[0])
				if err != nil {
					continue
				}
				ans.n = n
			}
			in[q.ID] = ans
		}
	}
	return in
}

// whole returns a valid Scale or Number answer.
func (in answers) whole(id string) (int, bool) {
	a, ok := in[id]
	if !ok || (a.q.Kind != questionnaire.Scale && a.q.Kind != questionnaire.Number) {
		return 0, false
	}
	return a.n, true
}

// choice returns a valid Single answer.
func (in answers) choice(id string) (string, bool) {
	a, ok := in[id]
	if !ok || a.q.Kind != questionnaire.Single {
		return "", false
	}
	return a.vals[0], true
}

// read returns one input's value from 0 to 1, or false when the answer is
// missing, invalid or of a kind the input cannot read.
func (in answers) read(inp Input) (float64, bool) {
	a, ok := in[inp.Question]
	if !ok {
		return 0, false
	}
	var x float64
	switch {
	case inp.Option != "":
		if a.q.Kind != questionnaire.Multi {
			return 0, false
		}
		if slices.Contains(a.vals, inp.Option) {
			x = 1
		}
	case len(inp.Choices) > 0:
		v, ok := in.choice(inp.Question)
		if !ok {
			return 0, false
		}
		i := slices.IndexFunc(inp.Choices, func(c Choice) bool { return c.Value == v })
		if i < 0 {
			return 0, false
		}
		x = inp.Choices[i].Score
	case inp.Cap > 0:
		n, ok := in.whole(inp.Question)
		if !ok {
			return 0, false
		}
		x = float64(min(max(n, 0), inp.Cap)) / float64(inp.Cap)
	default:
		if a.q.Kind != questionnaire.Scale || a.q.Max <= a.q.Min {
			return 0, false
		}
		x = float64(a.n-a.q.Min) / float64(a.q.Max-a.q.Min)
	}
	x = min(max(x, 0), 1)
	if inp.Invert {
		x = 1 - x
	}
	return x, true
}

type dimValue struct {
	value    float64
	answered bool
}

// profile holds every dimension, in model.Dimensions order.
type profile []dimValue

// profile computes every dimension; an unreadable input counts as 0.5.
func (in answers) profile() profile {
	p := make(profile, len(model.Dimensions))
	for i, d := range model.Dimensions {
		var sum, weights float64
		answered := false
		for _, inp := range d.Inputs {
			x, ok := in.read(inp)
			if !ok {
				x = 0.5
			}
			answered = answered || ok
			sum += inp.Weight * x
			weights += inp.Weight
		}
		v := 0.5
		if weights > 0 {
			v = sum / weights
		}
		p[i] = dimValue{value: v, answered: answered}
	}
	return p
}

// dim returns a dimension's value, neutral if the model names an unknown one.
func (p profile) dim(id string) dimValue {
	if i, ok := dimIndex[id]; ok && i < len(p) {
		return p[i]
	}
	return dimValue{value: 0.5}
}

// trackFit scores one track. The hybrid reads the marketing and AI-job fits
// from done, which is why the model lists the hybrid last.
func trackFit(tm TrackModel, prof profile, done []Fit) Fit {
	ps := make([]part, 0, len(tm.Criteria)+3)
	ps = append(ps, part{"Base", tm.Base})
	if c := tm.Combination; c != nil {
		stronger := Fit{Track: catalog.Marketing, Score: fitOf(done, catalog.Marketing)}
		weaker := Fit{Track: catalog.AIJob, Score: fitOf(done, catalog.AIJob)}
		if weaker.Score > stronger.Score {
			stronger, weaker = weaker, stronger
		}
		ps = append(ps,
			part{"Stronger profile: " + stronger.Track.Label() + " fit " + strconv.Itoa(stronger.Score),
				float64(stronger.Score) - tm.Base},
			part{"Weaker profile: " + weaker.Track.Label() + " fit " + strconv.Itoa(weaker.Score) + " (pivot " + strconv.Itoa(round(c.Pivot)) + ")",
				c.Factor * (float64(weaker.Score) - c.Pivot)},
		)
	}
	for _, cr := range tm.Criteria {
		d := prof.dim(cr.Dimension)
		v := d.value
		if cr.Invert {
			v = 1 - v
		}
		label := cr.Label + ": " + strconv.Itoa(int(math.Round(v*100))) + "%"
		if !d.answered {
			label += " (not answered, counted as neutral)"
		}
		ps = append(ps, part{label, cr.Points * (2*v - 1)})
	}
	score, cs := settle(ps)
	return Fit{Track: tm.Track, Score: score, Contributions: cs}
}

// pathFit scores one path from its track's fit and the user's skills.
func pathFit(p catalog.Path, trackScore int, skills skillLevels) PathFit {
	pm := model.Paths
	ps := make([]part, 0, len(p.Skills)+2)
	ps = append(ps, part{
		"Base: " + p.Track.Label() + " fit " + strconv.Itoa(trackScore) + " × " + strconv.Itoa(round(pm.TrackShare*100)) + "%",
		pm.TrackShare * float64(trackScore),
	})
	// Each need is worth need × (need − 1) shares: a core skill outweighs a
	// minor one, and a need of 1 ("a little") is met by any rating.
	var shares float64
	for _, n := range p.Skills {
		shares += float64(n.Level * (n.Level - 1))
	}
	for _, n := range p.Skills {
		if shares == 0 {
			break
		}
		level, answered := skills.of(n.Skill)
		earned := pm.SkillPoints * float64(n.Level) * (min(level, float64(n.Level)) - 1) / shares
		label := n.Skill.Label() + " " + strconv.Itoa(int(math.Round(level))) + "/5, path needs " + strconv.Itoa(n.Level) + "/5"
		if !answered {
			label += " (not answered, counted as 3/5)"
		}
		ps = append(ps, part{label, earned})
	}
	score, cs := settle(ps)
	return PathFit{PathID: p.ID, Track: p.Track, Score: score, Contributions: cs}
}

// skillLevels are the user's 1–5 skill ratings, in model.Paths.Skills order.
type skillLevels []struct {
	level    float64
	answered bool
}

// skills reads every skill rating once; an unanswered skill counts as 3.
func (in answers) skills() skillLevels {
	out := make(skillLevels, len(model.Paths.Skills))
	for i, si := range model.Paths.Skills {
		out[i].level = 3
		if x, ok := in.read(Input{Question: si.Question, Weight: 1}); ok {
			out[i].level, out[i].answered = 1+4*x, true
		}
	}
	return out
}

func (sl skillLevels) of(s catalog.Skill) (float64, bool) {
	for i, si := range model.Paths.Skills {
		if si.Skill == s && i < len(sl) {
			return sl[i].level, sl[i].answered
		}
	}
	return 3, false
}

// part is a contribution before rounding.
type part struct {
	label string
	x     float64
}

// settle turns parts into a score and whole-point contributions that sum to
// it exactly. The score is the rounded sum of the parts, so it moves
// monotonically with them; the points are shared out by largest remainder,
// so rounding never adds or loses a point. When the score leaves 0–100, an
// explicit entry brings it back.
func settle(ps []part) (int, []Contribution) {
	var sum float64
	floors := 0
	cs := make([]Contribution, len(ps), len(ps)+1)
	for i, p := range ps {
		sum += p.x
		cs[i] = Contribution{Label: p.label, Points: int(math.Floor(p.x))}
		floors += cs[i].Points
	}
	score := round(sum)
	// Hand the missing points to the largest fractional parts; ties go to
	// the earlier entry, so the result is deterministic.
	for left := score - floors; left > 0; left-- {
		best, bestFrac := -1, -1.0
		for i, p := range ps {
			frac := p.x - math.Floor(p.x)
			if cs[i].Points == int(math.Floor(p.x)) && frac > bestFrac {
				best, bestFrac = i, frac
			}
		}
		if best < 0 {
			break // unreachable for finite parts; kept so Score can never panic
		}
		cs[best].Points++
	}
	switch {
	case score > 100:
		cs = append(cs, Contribution{"Capped at 100", 100 - score})
		score = 100
	case score < 0:
		cs = append(cs, Contribution{"Raised to 0", -score})
		score = 0
	}
	return score, cs
}

// round rounds half away from zero, the same way for every contribution.
func round(x float64) int { return int(math.Round(x)) }
