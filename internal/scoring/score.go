package scoring

import (
	"math"
	"math/bits"
	"slices"

	"github.com/crossroads/crossroads/internal/catalog"
	q "github.com/crossroads/crossroads/internal/questionnaire"
)

// Result is a scored assessment: what a stored recommendation snapshot holds.
type Result struct {
	ModelVersion string     `json:"model_version"`
	Tracks       []TrackFit `json:"tracks"` // all three, in the order of their best paths
	Paths        []PathFit  `json:"paths"`  // every catalog path, ranked
	// MustHaves are the must-haves the answers set, in model order.
	MustHaves []string `json:"must_haves"`
	// SetAside are the paths the person set aside, in catalog order.
	SetAside []string  `json:"set_aside,omitempty"`
	Close    Close     `json:"close"`
	Warnings []Warning `json:"warnings"` // about the person's situation as a whole
}

// TrackFit is one track's fit: the fit of its best-ranked path.
type TrackFit struct {
	Track    catalog.Track `json:"track"`
	Score    int           `json:"score"`
	BestPath string        `json:"best_path"`
	// Clashes is how many must-haves that best path breaks.
	Clashes int `json:"clashes"`
}

// PathFit is one path's score with its breakdown, clashes and warnings.
type PathFit struct {
	PathID        string         `json:"path_id"`
	Track         catalog.Track  `json:"track"`
	Score         int            `json:"score"` // 0–100
	Clashes       []string       `json:"clashes,omitempty"`
	SetAside      bool           `json:"set_aside,omitempty"`
	Contributions []Contribution `json:"contributions"`
	Warnings      []Warning      `json:"warnings"`
}

// Contribution is one reason a score moved; a score's contributions sum to
// it exactly. Factor names what moved it: "base", "barrier",
// "skill:<skill>", a question ID, "<question>:<option>" for a Multi option,
// "must-have:<id>", or "clamp". Path is the path's own figure the reason
// names (a need, a 1–5 rating, an hours estimate), 0 when none.
type Contribution struct {
	Factor string `json:"factor"`
	Points int    `json:"points"`
	Path   int    `json:"path,omitempty"`
}

// Warning is a risk the sources describe, applied to the person's answers.
type Warning struct {
	Kind   string `json:"kind"`
	Title  string `json:"title"`
	Detail string `json:"detail"`
	// About is Detail in the third person, for the share view, and
	// AboutTitle the title when it differs.
	About      string            `json:"about"`
	AboutTitle string            `json:"about_title,omitempty"`
	Cite       *catalog.Citation `json:"cite,omitempty"`
}

// Close says whether the top two paths are a close call, and what would
// tip it to the runner-up.
type Close struct {
	// Kind is "tie", "close" or "" (a clear lead).
	Kind string `json:"kind,omitempty"`
	Gap  int    `json:"gap"`
	// Tips are up to two single-answer changes that would put the runner-up first.
	Tips []Tip `json:"tips,omitempty"`
	// Outscored names the path that would score highest, but for the
	// must-haves it breaks, when that is more than the leader's score.
	Outscored string `json:"outscored,omitempty"`
}

// The kinds of close call.
const (
	Tie       = "tie"
	CloseCall = "close"
)

// Tip is one answer that, changed, would put the runner-up first.
type Tip struct {
	Question string `json:"question"`
	Option   string `json:"option,omitempty"` // the Multi option toggled
	From     string `json:"from"`
	To       string `json:"to"`
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

// FitWord names a score's band: "Strong fit", "Good fit"…
func FitWordFor(score int) string {
	for _, w := range model.FitWords {
		if score >= w.From {
			return w.Word
		}
	}
	return model.FitWords[len(model.FitWords)-1].Word
}

// paths is the catalog, read once: scoring never modifies it.
var paths = catalog.All()

// Score rates and ranks every catalog path for the answers. Answers are read
// against def; a missing or invalid answer counts as undecided, so Score
// accepts any map, never panics and always returns scores from 0 to 100.
func Score(def q.Definition, a q.Answers) Result { return ScoreSettingAside(def, a, nil) }

// ScoreSettingAside is Score for someone who has set some paths aside ("not
// for me"): those keep their scores and reasons but rank after every other
// path, so the best fit, the track fits and the close call are worked out
// among the paths still in play. Unknown IDs are ignored.
func ScoreSettingAside(def q.Definition, a q.Answers, setAside []string) Result {
	f := readFacts(def, a)
	sg := f.signals()
	must := mustHavesOf(&f)

	res := Result{ModelVersion: ModelVersion, Paths: make([]PathFit, len(paths))}
	ranks := make([]rankKey, len(paths))
	buf := make([]part, 0, 48)
	slab := make([]Contribution, 0, len(tables)*32)
	for i := range tables {
		t := &tables[i]
		buf = evaluate(t, &f, &sg, must, buf[:0])
		var sum float64
		for _, pt := range buf {
			sum += pt.x
		}
		var score int
		var cs []Contribution
		score, cs, slab = settleInto(slab, buf)
		pf := PathFit{PathID: t.path.ID, Track: t.path.Track, Score: score, Contributions: cs}
		for j, mh := range model.MustHaves {
			if (must&t.breaks)&(1<<j) != 0 {
				pf.Clashes = append(pf.Clashes, mh.ID)
			}
		}
		if slices.Contains(setAside, t.path.ID) {
			pf.SetAside = true
			res.SetAside = append(res.SetAside, t.path.ID)
		}
		res.Paths[i] = pf
		ranks[i] = keyFor(i, sum, len(pf.Clashes), pf.SetAside)
	}
	order := rankOrder(ranks)
	ranked := make([]PathFit, len(order))
	for i, k := range order {
		ranked[i] = res.Paths[k.index]
	}
	res.Paths = ranked
	res.Tracks = trackFits(ranked)
	for _, m := range model.MustHaves {
		if must.has(m.ID) {
			res.MustHaves = append(res.MustHaves, m.ID)
		}
	}

	ws := newWarnings(&f)
	// Every path's warnings share one backing array (a path has about
	// three), one allocation instead of sixteen; each path's slice is
	// capped, so appending to one never writes into the next.
	slabW := make([]Warning, 0, 4*len(res.Paths))
	for i := range res.Paths {
		p := pathByID(res.Paths[i].PathID)
		start := len(slabW)
		slabW = ws.forPath(slabW, p, &f, res.Paths[i].Clashes)
		res.Paths[i].Warnings = slabW[start:len(slabW):len(slabW)]
	}
	res.Warnings = ws.global(pathByID(res.Paths[0].PathID))
	res.Close = closeCall(def, &f, &sg, must, ranks, order)
	return res
}

// rankKey is what the ranking compares: paths not set aside first, then
// fewer clashes, then the
// score, then the rounded sum before the 0–100 bounds (so two paths held to
// 100 still rank by how far their reasons went), then the lower barrier
// (the article's advice to someone starting out), then catalog order.
type rankKey struct {
	score, clashes, raw int
	barrier             float64
	index               int
	sum                 float64 // the unrounded sum, for the close-call search
	aside               bool    // set aside by the person: ranks after the rest
}

func keyFor(i int, sum float64, clashes int, aside bool) rankKey {
	return rankKey{score: sumOf(sum), clashes: clashes, raw: round(sum), barrier: tables[i].barrier, index: i, sum: sum, aside: aside}
}

func (a rankKey) before(b rankKey) bool { return compareKeys(a, b) < 0 }

func compareKeys(a, b rankKey) int {
	switch {
	case a.aside != b.aside:
		if b.aside {
			return -1
		}
		return 1
	case a.clashes != b.clashes:
		return a.clashes - b.clashes
	case a.score != b.score:
		return b.score - a.score
	case a.raw != b.raw:
		return b.raw - a.raw
	case a.barrier != b.barrier:
		if a.barrier > b.barrier { // less negative: a lower barrier
			return -1
		}
		return 1
	}
	return a.index - b.index
}

func rankOrder(ks []rankKey) []rankKey {
	out := slices.Clone(ks)
	slices.SortFunc(out, compareKeys)
	return out
}

// trackFits gives each track the fit of its best-ranked path, in the order
// of those paths, so the best track is always the best path's.
func trackFits(ranked []PathFit) []TrackFit {
	out := make([]TrackFit, 0, 3)
	for _, pf := range ranked {
		if slices.ContainsFunc(out, func(t TrackFit) bool { return t.Track == pf.Track }) {
			continue
		}
		out = append(out, TrackFit{Track: pf.Track, Score: pf.Score, BestPath: pf.PathID, Clashes: len(pf.Clashes)})
	}
	return out
}

func pathByID(id string) *catalog.Path {
	for i := range paths {
		if paths[i].ID == id {
			return &paths[i]
		}
	}
	return &paths[0]
}

// mustSet is the set of must-haves one assessment states (or one path
// breaks), one bit per model.MustHaves entry.
type mustSet uint8

func (m mustSet) has(id string) bool { return m&mustBit(id) != 0 }

func mustBit(id string) mustSet {
	for i, mh := range model.MustHaves {
		if mh.ID == id {
			return 1 << i
		}
	}
	return 0
}

func (m mustSet) count() int { return bits.OnesCount8(uint8(m)) }

func mustHavesOf(f *facts) mustSet {
	th := model.Thresholds
	var m mustSet
	for i, mh := range model.MustHaves {
		on := false
		switch mh.ID {
		case MustSteadyIncome:
			need := float64(f.num[sStability]-1+5-f.num[sRiskTol]) / 8
			on = (f.ok[sStability] || f.ok[sRiskTol]) && need >= th.SteadyNeedAtLeast
		case MustOwnPlatforms:
			on = f.ok[sPlatforms] && f.num[sPlatforms] <= th.UneasyAtMost
		case MustKeepJob:
			on = f.ok[sDayJob] && f.choice[sDayJob] == "keep"
		}
		if on {
			m |= 1 << i
		}
	}
	return m
}

// breaks reports whether path p breaks the must-have.
func breaks(p *catalog.Path, id string) bool {
	th := model.Thresholds
	switch id {
	case MustSteadyIncome:
		return p.Volatility.Level >= th.HighRating
	case MustOwnPlatforms:
		return p.PlatformDependency.Level >= th.HighRating
	case MustKeepJob:
		return p.Mode == catalog.FullTime
	}
	return false
}

// part is a contribution before rounding.
type part struct {
	factor string
	x      float64
	path   int
}

// barrier is what a path asks of anyone before the first income, in points.
func barrier(p *catalog.Path) float64 {
	asks := p.LearningCurve.Level - 1 + p.UpfrontInvestment.Level - 1 + p.TimeToFirstIncome.Level - 1
	return -model.BarrierPoints * float64(asks) / 12
}

// pathTable is what scoring reads of one path, worked out once from the
// catalog and the model, so scoring an assessment is arithmetic.
type pathTable struct {
	path    *catalog.Path
	barrier float64
	skills  []skillNeed
	prop    [maxFactors]float64 // each Linear factor's property of the path
	side    [maxFactors]int     // the path's figure each factor's reason names
	breaks  mustSet
	hustle  bool // a side hustle, on top of a day job
	// skillSlots has a bit set for every slot one of skills reads.
	skillSlots uint64
}

// skillNeed is one skill a path needs, with its share of the skill points.
type skillNeed struct {
	factor string
	slot   slot
	need   int
	share  float64
}

var tables = func() []pathTable {
	out := make([]pathTable, len(paths))
	for i := range paths {
		p := &paths[i]
		t := pathTable{path: p, barrier: barrier(p), hustle: p.Mode == catalog.SideHustle}
		// Each need is worth need × (need − 1) shares: a core skill outweighs
		// a minor one, and a need of 1 ("a little") is met by any rating.
		var shares float64
		for _, n := range p.Skills {
			shares += float64(n.Level * (n.Level - 1))
		}
		for _, n := range p.Skills {
			if n.Level < 2 {
				continue
			}
			for _, sq := range model.Skills.Questions {
				if sq.Skill == n.Skill {
					t.skills = append(t.skills, skillNeed{factor: "skill:" + string(n.Skill), slot: slots[sq.Question],
						need: n.Level, share: float64(n.Level*(n.Level-1)) / shares})
					t.skillSlots |= 1 << slots[sq.Question]
				}
			}
		}
		for j := range model.Factors {
			fc := &model.Factors[j]
			t.prop[j] = property(p, fc.Against, fc.Option)
			t.side[j] = pathSide(p, fc)
		}
		for _, mh := range model.MustHaves {
			if breaks(p, mh.ID) {
				t.breaks |= mustBit(mh.ID)
			}
		}
		out[i] = t
	}
	return out
}()

// factorIDs are the contribution names of model.Factors, built once.
var factorIDs = func() []string {
	out := make([]string, len(model.Factors))
	for i, fc := range model.Factors {
		out[i] = fc.Question
		if fc.Option != "" {
			out[i] += ":" + fc.Option
		}
	}
	return out
}()

// mustFactors names each must-have's clash contribution, by bit.
var mustFactors = func() []string {
	out := make([]string, len(model.MustHaves))
	for i, mh := range model.MustHaves {
		out[i] = "must-have:" + mh.ID
	}
	return out
}()

// evaluate appends path t's parts for the facts to buf. It allocates
// nothing once buf has room, so a close call can try many answers.
func evaluate(t *pathTable, f *facts, sg *signals, must mustSet, buf []part) []part {
	buf = append(buf, part{"base", model.Base, 0}, part{"barrier", t.barrier, 0})
	for _, sn := range t.skills {
		buf = append(buf, part{sn.factor, skillPoints(sn, f), sn.need})
	}
	for i := range model.Factors {
		if x := factorPoints(t, i, f, sg); x != 0 {
			buf = append(buf, part{factorIDs[i], x, t.side[i]})
		}
	}
	clash := must & t.breaks
	for i := range model.MustHaves {
		if clash&(1<<i) != 0 {
			buf = append(buf, part{mustFactors[i], -model.ClashPoints, 0})
		}
	}
	return buf
}

// skillPoints earns a need's share in full at the need, loses it all at a
// rating of 1, and nothing half-way.
func skillPoints(sn skillNeed, f *facts) float64 {
	level := float64(min(max(f.num[sn.slot], 1), 5))
	met := (min(level, float64(sn.need)) - 1) / float64(sn.need-1)
	return model.Skills.Points * sn.share * (2*met - 1)
}

// factorPoints is what factor i does to path t.
func factorPoints(t *pathTable, i int, f *facts, sg *signals) float64 {
	fc := &model.Factors[i]
	th := model.Thresholds
	p := t.path
	switch fc.Kind {
	case Linear:
		return fc.Points * sg[i] * t.prop[i]
	case HoursShortfall:
		short := max(0, p.Fit.Hours-f.num[sHustle])
		return -min(fc.Points, float64(short))
	case WeekLoad:
		if !t.hustle {
			return 0
		}
		over := f.num[sDayJobHours] + p.Fit.Hours - th.LoadFrom
		return -min(fc.Points, th.LoadPerHour*float64(max(over, 0)))
	case BudgetShortfall:
		b := float64(max(f.num[sBudget], 0))
		tight := clamp(1-math.Log1p(b)/math.Log1p(float64(th.BudgetEnough)), 0, 1)
		return -fc.Points * tight * float64(p.UpfrontInvestment.Level-1) / 4
	case RunwayShortfall:
		leaving := 0.0
		switch f.choice[sDayJob] {
		case "switch", "none":
			leaving = 1
		case "unsure":
			leaving = 0.5
		}
		short := clamp(1-float64(f.num[sRunway])/float64(th.RunwayMonths), 0, 1)
		return -fc.Points * leaving * short * float64(p.TimeToFirstIncome.Level-1) / 4
	case DayJobPlan:
		switch f.choice[sDayJob] {
		case "keep":
			if t.hustle {
				return fc.Points
			}
		case "switch":
			if t.hustle {
				return -fc.Points / 2
			}
			return fc.Points
		case "none":
			return fc.Points * property(p, PropFlexibility, "")
		}
	}
	return 0
}

// reads lists, for each slot, the factors whose points depend on it, so a
// changed answer re-evaluates only those.
var reads = func() [maxSlots][]int {
	var out [maxSlots][]int
	for i, fc := range model.Factors {
		out[slots[fc.Question]] = append(out[slots[fc.Question]], i)
		if fc.Kind == RunwayShortfall {
			out[sDayJob] = append(out[sDayJob], i)
		}
	}
	return out
}()

// mustSlots has a bit set for every slot a must-have reads.
var mustSlots = uint64(1)<<sStability | 1<<sRiskTol | 1<<sPlatforms | 1<<sDayJob

// sumOf is a settled score from a raw sum.
func sumOf(sum float64) int { return min(max(round(sum), 0), 100) }

// settle turns parts into a score and whole-point contributions that sum to
// it exactly. The score is the rounded sum of the parts, so it moves
// monotonically with them; the points are shared out by largest remainder,
// so rounding never adds or loses a point. When the score leaves 0–100, an
// explicit entry brings it back.
func settle(ps []part) (int, []Contribution) {
	score, cs, _ := settleInto(nil, ps)
	return score, cs
}

// settleInto is settle appending to slab, so one Score call can settle every
// path into one allocation; it returns the slab grown by what it kept. The
// contributions returned cannot grow into the next path's.
func settleInto(slab []Contribution, ps []part) (int, []Contribution, []Contribution) {
	var sum float64
	floors := 0
	var frac [64]float64
	start := len(slab)
	for i, p := range ps {
		sum += p.x
		fl := math.Floor(p.x)
		slab = append(slab, Contribution{Factor: p.factor, Points: int(fl), Path: p.path})
		floors += int(fl)
		if i < len(frac) {
			frac[i] = p.x - fl
		}
	}
	cs := slab[start:]
	score := round(sum)
	// Hand the missing points to the largest fractional parts; ties go to
	// the earlier entry, so the result is deterministic. A part that got its
	// point has its fraction spent (−1).
	for left := score - floors; left > 0; left-- {
		best, bestFrac := -1, -0.5
		for i := range min(len(cs), len(frac)) {
			if frac[i] > bestFrac {
				best, bestFrac = i, frac[i]
			}
		}
		if best < 0 {
			break // unreachable for finite parts; kept so Score can never panic
		}
		cs[best].Points++
		frac[best] = -1
	}
	// A part that rounded to nothing explains nothing; the base always shows.
	cs = slices.DeleteFunc(cs, func(c Contribution) bool { return c.Points == 0 && c.Factor != "base" })
	slab = slab[:start+len(cs)]
	switch {
	case score > 100:
		slab = append(slab, Contribution{Factor: "clamp", Points: 100 - score})
		score = 100
	case score < 0:
		slab = append(slab, Contribution{Factor: "clamp", Points: -score})
		score = 0
	}
	return score, slab[start:len(slab):len(slab)], slab
}

// round rounds half away from zero, the same way for every contribution.
// It first drops what lies beyond a millionth of a point: a sum worked out
// in another order (as a close call's tips are) may differ in its last bit,
// and 65.49999999999999 must round as 65.5 does.
func round(x float64) int { return int(math.Round(math.Round(x*1e6) / 1e6)) }

// Breaks reports whether path p breaks the must-have with the given ID.
func Breaks(p catalog.Path, id string) bool { return breaks(&p, id) }

// Undecided is every question at its undecided answer: the middle of each
// scale, the neutral option of each choice, typical numbers and no
// outcome chosen. It scores exactly as no answers at all do.
func Undecided() q.Answers {
	a := q.Answers{}
	for _, fc := range model.Factors {
		if fc.Option == "" {
			a[fc.Question] = []string{fc.Neutral}
		}
	}
	for _, sq := range model.Skills.Questions {
		a[sq.Question] = []string{"3"}
	}
	return a
}
