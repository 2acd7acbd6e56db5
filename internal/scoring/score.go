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

// Score rates every track and path for the answers. Answers are read against
// def; a missing or invalid answer counts as neutral, so Score accepts any
// map, never panics and always returns scores from 0 to 100.
func Score(def questionnaire.Definition, a questionnaire.Answers) Result {
	in := readAnswers(def, a)
	prof := in.profile()

	byTrack := map[catalog.Track]Fit{}
	for _, tm := range model.Tracks {
		byTrack[tm.Track] = trackFit(tm, prof, byTrack)
	}
	res := Result{ModelVersion: ModelVersion}
	for _, d := range model.Dimensions {
		v := prof.values[d.ID]
		res.Profile = append(res.Profile, Trait{Dimension: d.ID, Percent: int(math.Round(v.value * 100)), Answered: v.answered})
	}
	for _, t := range catalog.Tracks() {
		res.Tracks = append(res.Tracks, byTrack[t])
	}
	slices.SortStableFunc(res.Tracks, func(x, y Fit) int { return y.Score - x.Score })

	f := in.facts()
	for _, p := range paths {
		pf := pathFit(p, byTrack[p.Track].Score, in)
		pf.Warnings = pathWarnings(p, f)
		res.Paths = append(res.Paths, pf)
	}
	slices.SortStableFunc(res.Paths, func(x, y PathFit) int { return y.Score - x.Score })

	res.Warnings = globalWarnings(f, res.Tracks[0].Track)
	return res
}

// answers holds the answers that pass validation, keyed by question ID.
type answers struct {
	questions map[string]questionnaire.Question
	valid     map[string][]string
}

// readAnswers keeps only answers that pass the questionnaire's own
// validation, so "invalid" means the same thing here as on the page.
func readAnswers(def questionnaire.Definition, a questionnaire.Answers) answers {
	in := answers{questions: map[string]questionnaire.Question{}, valid: map[string][]string{}}
	for _, s := range def.Sections {
		for _, q := range s.Questions {
			in.questions[q.ID] = q
			if kept, msg := q.Validate(a[q.ID]); msg == "" && len(kept) > 0 {
				in.valid[q.ID] = kept
			}
		}
	}
	return in
}

// whole returns a valid Scale or Number answer.
func (in answers) whole(id string) (int, bool) {
	v, ok := in.valid[id]
	if !ok {
		return 0, false
	}
	q := in.questions[id]
	if q.Kind != questionnaire.Scale && q.Kind != questionnaire.Number {
		return 0, false
	}
	n, err := strconv.Atoi(v[0])
	return n, err == nil
}

// choice returns a valid Single answer.
func (in answers) choice(id string) (string, bool) {
	v, ok := in.valid[id]
	if !ok || in.questions[id].Kind != questionnaire.Single {
		return "", false
	}
	return v[0], true
}

// read returns one input's value from 0 to 1, or false when the answer is
// missing, invalid or of a kind the input cannot read.
func (in answers) read(inp Input) (float64, bool) {
	q, ok := in.questions[inp.Question]
	vals := in.valid[inp.Question]
	if !ok || len(vals) == 0 {
		return 0, false
	}
	var x float64
	switch {
	case inp.Option != "":
		if q.Kind != questionnaire.Multi {
			return 0, false
		}
		if slices.Contains(vals, inp.Option) {
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
		n, ok := in.whole(inp.Question)
		if !ok || q.Kind != questionnaire.Scale || q.Max <= q.Min {
			return 0, false
		}
		x = float64(n-q.Min) / float64(q.Max-q.Min)
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

type profile struct {
	values map[string]dimValue
}

// profile computes every dimension; an unreadable input counts as 0.5.
func (in answers) profile() profile {
	p := profile{values: make(map[string]dimValue, len(model.Dimensions))}
	for _, d := range model.Dimensions {
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
		p.values[d.ID] = dimValue{value: v, answered: answered}
	}
	return p
}

// dim returns a dimension's value, neutral if the model names an unknown one.
func (p profile) dim(id string) dimValue {
	if v, ok := p.values[id]; ok {
		return v
	}
	return dimValue{value: 0.5}
}

// trackFit scores one track. The hybrid reads the marketing and AI-job fits
// from done, which is why the model lists the hybrid last.
func trackFit(tm TrackModel, prof profile, done map[catalog.Track]Fit) Fit {
	ps := []part{{"Base", tm.Base}}
	if c := tm.Combination; c != nil {
		stronger, weaker := done[catalog.Marketing], done[catalog.AIJob]
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
func pathFit(p catalog.Path, trackScore int, in answers) PathFit {
	pm := model.Paths
	ps := []part{{
		"Base: " + p.Track.Label() + " fit " + strconv.Itoa(trackScore) + " × " + strconv.Itoa(round(pm.TrackShare*100)) + "%",
		pm.TrackShare * float64(trackScore),
	}}
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
		level, answered := in.skill(n.Skill)
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

// skill returns the user's 1–5 rating of a skill, 3 when unanswered.
func (in answers) skill(s catalog.Skill) (float64, bool) {
	for _, si := range model.Paths.Skills {
		if si.Skill == s {
			if x, ok := in.read(Input{Question: si.Question, Weight: 1}); ok {
				return 1 + 4*x, true
			}
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
