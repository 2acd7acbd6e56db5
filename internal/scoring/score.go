package scoring

import (
	"math"
	"math/bits"
	"slices"
	"strings"

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
	// Costs are the must-haves that cost points (firm and moderate answers
	// alike), in model order; a must-have in Costs but not in MustHaves is
	// a moderate answer or a lifted veto.
	Costs []string `json:"costs,omitempty"`
	// Lifted are the must-haves the owner lifted to see the ranking without
	// them: they set no path aside but still cost points.
	Lifted []string `json:"lifted,omitempty"`
	// SetAside are the paths the person set aside, in catalog order.
	SetAside []string `json:"set_aside,omitempty"`
	// Overruled is the path that would lead on everything else but is set
	// aside by a must-have, when there is one.
	Overruled *Overruled `json:"overruled,omitempty"`
	// TrackLines say, one per track in ranking order, why it ranks there.
	TrackLines []TrackLine `json:"track_lines,omitempty"`
	Close      Close       `json:"close"`
	Warnings   []Warning   `json:"warnings"` // about the person's situation as a whole
}

// Overruled is a path set aside by must-haves although it scores above the
// best fit: "Custom chatbots would fit you best (72), but it builds on
// platforms you said you can't rely on". Its Score is its own fit (a veto
// costs no points from model 3 on).
type Overruled struct {
	PathID    string   `json:"path_id"`
	Score     int      `json:"score"`
	MustHaves []string `json:"must_haves"`
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
// "cost:<must-have>", "must-have:<id>" (model 2) or "clamp" (model 2).
// Kind says which of those it is (model 3 on), and [Contribution.PartKind]
// gives it with the skill for any model, so a page never reads the name. Path is the path's own figure the reason names (a need,
// a 1–5 rating, an hours estimate), 0 when none.
type Contribution struct {
	Factor string   `json:"factor"`
	Kind   PartKind `json:"kind,omitempty"`
	Points int      `json:"points"`
	Path   int      `json:"path,omitempty"`
}

// PartKind is what kind of reason a contribution is. It is stored as its
// name ("skill", "cost"…); the zero value is no kind, as in results stored
// before contributions carried one.
type PartKind uint8

// The kinds of contribution.
const (
	PartNone    PartKind = iota
	PartBase             // "base": where every path starts
	PartBarrier          // "barrier": what the path asks before the first income
	PartSkill            // "skill": a skill the path needs (Skill names it)
	PartAnswer           // "answer": one scored answer, a [Factor]
	PartField            // "field": the field known well is the path's field
	PartCost             // "cost": a must-have answer, as points
	PartClash            // "must-have": model 2, points lost for a broken must-have
	PartHeld             // "clamp": model 2, the score held to 0–100
)

var partNames = [...]string{"", "base", "barrier", "skill", "answer", "field", "cost", "must-have", "clamp"}

// String is the kind's stored name.
func (k PartKind) String() string {
	if int(k) < len(partNames) {
		return partNames[k]
	}
	return ""
}

// MarshalText stores the kind by name.
func (k PartKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a stored name; an unknown one reads as no kind, so an
// old or foreign snapshot still decodes.
func (k *PartKind) UnmarshalText(b []byte) error {
	*k = PartNone
	for i, n := range partNames {
		if n == string(b) {
			*k = PartKind(i)
		}
	}
	return nil
}

// PartKind returns the contribution's kind and, for a skill, which skill:
// the stored ones from model 3 on, worked out from the factor name for
// results of model 2.
func (c Contribution) PartKind() (PartKind, catalog.Skill) {
	k, skill := KindOfFactor(c.Factor)
	if c.Kind != PartNone {
		k = c.Kind
	}
	return k, skill
}

// KindOfFactor works out a contribution's kind (and skill) from its factor
// name, for results stored before contributions carried their kind.
func KindOfFactor(factor string) (PartKind, catalog.Skill) {
	name, option, _ := strings.Cut(factor, ":")
	switch name {
	case "base":
		return PartBase, ""
	case "barrier":
		return PartBarrier, ""
	case "skill":
		return PartSkill, catalog.Skill(option)
	case "cost":
		return PartCost, ""
	case "must-have":
		return PartClash, ""
	case "clamp":
		return PartHeld, ""
	case q.DomainField:
		return PartField, ""
	}
	return PartAnswer, ""
}

// MustHaveOf is the must-have a cost or clash contribution names ("" for
// any other kind).
func (c Contribution) MustHaveOf() string {
	if k, _ := c.PartKind(); k != PartCost && k != PartClash {
		return ""
	}
	_, id, _ := strings.Cut(c.Factor, ":")
	return id
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
	// TieBreak says, for a tie, which rule of the ranking put the best path
	// first: TieBreakSum, TieBreakBarrier or TieBreakOrder.
	TieBreak string `json:"tie_break,omitempty"`
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

// What broke a tie, in the ranking's order (see compareKeys).
const (
	// TieBreakSum: its reasons add up to more before the score was held
	// to 100 (model 2 only: from model 3 on no score is held).
	TieBreakSum = "sum"
	// TieBreakBarrier: it asks less before the first income.
	TieBreakBarrier = "barrier"
	// TieBreakOrder: nothing else differs; catalog order decides.
	TieBreakOrder = "catalog-order"
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

// earlierFitWords are the bands of models 1 and 2, whose scores were held
// to 0–100 rather than scaled.
var earlierFitWords = []FitWord{{75, "Strong fit"}, {60, "Good fit"}, {45, "Fair fit"}, {0, "Weak fit"}}

// FitWordForModel names a score's band by the bands of the model that made
// it, for a stored result that did not keep its fit word.
func FitWordForModel(version string, score int) string {
	bands := model.FitWords
	if version == "crossroads-score/1" || version == "crossroads-score/2" {
		bands = earlierFitWords
	}
	for _, w := range bands {
		if score >= w.From {
			return w.Word
		}
	}
	return bands[len(bands)-1].Word
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
func Score(def q.Definition, a q.Answers) Result { return ScoreWith(def, a, Options{}) }

// ScoreSettingAside is Score for someone who has set some paths aside ("not
// for me"): those keep their scores and reasons but rank after every other
// path, so the best fit, the track fits and the close call are worked out
// among the paths still in play. Unknown IDs are ignored.
func ScoreSettingAside(def q.Definition, a q.Answers, setAside []string) Result {
	return ScoreWith(def, a, Options{SetAside: setAside})
}

// Options change how Score ranks without changing the answers.
type Options struct {
	// SetAside are paths the person said are not for them.
	SetAside []string
	// Lift are must-have IDs the owner lifted to see the ranking without
	// them: a lifted must-have sets no path aside but keeps its cost in
	// points, as a moderate answer does. Unknown IDs are ignored.
	Lift []string
}

// ScoreWith is Score with options: paths set aside, must-haves lifted.
func ScoreWith(def q.Definition, a q.Answers, opt Options) Result {
	f := readFacts(def, a)
	sg := f.signals()
	st := mustHavesOf(&f).lifting(opt.Lift)

	res := Result{ModelVersion: ModelVersion, Paths: make([]PathFit, len(paths))}
	ranks := make([]rankKey, len(paths))
	// One buffer of parts serves every path in turn, then the three that
	// the track lines compare side by side.
	buf := make([]part, 0, 3*40)
	slab := make([]Contribution, 0, len(tables)*22) // about 20 a path; more only reallocates
	for i := range tables {
		t := &tables[i]
		buf = evaluate(t, &f, sg, st, buf[:0])
		var sum float64
		for _, pt := range buf {
			sum += pt.x
		}
		var score int
		var cs []Contribution
		score, cs, slab = settleInto(slab, buf)
		pf := PathFit{PathID: t.path.ID, Track: t.path.Track, Score: score, Contributions: cs}
		for j, mh := range model.MustHaves {
			if (st.firm&t.breaks)&(1<<j) != 0 {
				pf.Clashes = append(pf.Clashes, mh.ID)
			}
		}
		if slices.Contains(opt.SetAside, t.path.ID) {
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
	res.Tracks = TrackFits(ranked)
	for j, m := range model.MustHaves {
		if st.firm&(1<<j) != 0 {
			res.MustHaves = append(res.MustHaves, m.ID)
		}
		if st.cost&(1<<j) != 0 {
			res.Costs = append(res.Costs, m.ID)
		}
		if st.lifted&(1<<j) != 0 {
			res.Lifted = append(res.Lifted, m.ID)
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
	res.Close = closeCall(def, &f, sg, st, ranks, order)
	if o, ok := res.Path(res.Close.Outscored); ok {
		res.Overruled = &Overruled{PathID: o.PathID, Score: o.Score, MustHaves: o.Clashes}
	}
	res.TrackLines = trackLines(&f, sg, st, res.Paths, ranks, buf[:0])
	return res
}

// rankKey is what the ranking compares: paths not set aside first, then
// fewer clashes, then the score, then the rounded sum (model 2 held scores
// to 100, so two paths at 100 ranked by how far their reasons went; from
// model 3 on it equals the score), then the lower barrier (the article's advice to someone starting out),
// then catalog order.
type rankKey struct {
	score, clashes, raw int
	barrier             float64
	index               int
	sum                 float64 // the unrounded sum, for the close-call search
	aside               bool    // set aside by the person: ranks after the rest
}

func keyFor(i int, sum float64, clashes int, aside bool) rankKey {
	score := sumOf(sum) // from model 3 on nothing is held, so the rounded sum is the score
	return rankKey{score: score, clashes: clashes, raw: score, barrier: tables[i].barrier, index: i, sum: sum, aside: aside}
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

// tieBreak names the rule of compareKeys that orders two paths of equal
// score, equal clashes and equal standing: the page says it as data.
func tieBreak(a, b rankKey) string {
	switch {
	case a.raw != b.raw:
		return TieBreakSum
	case a.barrier != b.barrier:
		return TieBreakBarrier
	}
	return TieBreakOrder
}

func rankOrder(ks []rankKey) []rankKey {
	out := slices.Clone(ks)
	slices.SortFunc(out, compareKeys)
	return out
}

// TrackFits gives each track the fit of its best-ranked path, in the order
// of those paths, so the best track is always the best path's. A stored
// result rebuilds its tracks with it (recommendation.Expand).
func TrackFits(ranked []PathFit) []TrackFit {
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

func mustBit(id string) mustSet {
	for i, mh := range model.MustHaves {
		if mh.ID == id {
			return 1 << i
		}
	}
	return 0
}

func (m mustSet) count() int { return bits.OnesCount8(uint8(m)) }

// mustState is what the must-have answers of one assessment say: the firm
// ones are vetoes, and firm and moderate ones alike cost points, so a
// firmer answer never favours the path that breaks it. A lifted must-have
// keeps its cost and loses its veto.
type mustState struct {
	firm, cost, lifted mustSet
}

// liftingSet lifts the vetoes in the set: they stay costs.
func (st mustState) liftingSet(lifted mustSet) mustState {
	b := st.firm & lifted
	st.firm &^= b
	st.lifted = b
	return st
}

// lifting lifts the vetoes with the given IDs; unknown IDs are ignored.
func (st mustState) lifting(ids []string) mustState {
	var set mustSet
	for _, id := range ids {
		set |= mustBit(id)
	}
	return st.liftingSet(set)
}

// mustHavesOf reads the must-have answers. Only an answer at the end of its
// scale (or the explicit choice to keep the day job) is a veto; the step
// before it is a cost in points.
func mustHavesOf(f *facts) mustState {
	var st mustState
	for i, mh := range model.MustHaves {
		var firm, moderate bool
		switch mh.ID {
		case MustSteadyIncome:
			if f.ok[sStability] || f.ok[sRiskTol] {
				stab, tol := f.num[sStability], f.num[sRiskTol]
				firm = (stab == 5 && tol <= 3) || (tol == 1 && stab >= 3)
				need := float64(stab-1+5-tol) / 8
				moderate = !firm && need >= model.Thresholds.SteadyNeedAtLeast
			}
		case MustOwnPlatforms:
			if f.ok[sPlatforms] {
				firm = f.num[sPlatforms] == 1
				moderate = f.num[sPlatforms] == 2
			}
		case MustKeepJob:
			firm = f.ok[sDayJob] && f.choice[sDayJob] == "keep"
		}
		if firm {
			st.firm |= 1 << i
		}
		if firm || moderate {
			st.cost |= 1 << i
		}
	}
	return st
}

// isMustSlot reports whether a must-have reads the answer in slot s.
func isMustSlot(s slot) bool {
	return s == sStability || s == sRiskTol || s == sPlatforms || s == sDayJob
}

// breaks reports whether path p breaks the must-have.
func breaks(p *catalog.Path, id string) bool { return breaksAt(model.Thresholds, p, id) }

func breaksAt(th Thresholds, p *catalog.Path, id string) bool {
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

// dependence is how much path p rests on what a must-have protects, from 0
// to 1: its rating above the middle of the scale, or 1 for a full-time role
// against keeping the day job. A cost is this times the must-have's points.
// It also returns the path's rating, which the reason names.
func dependence(p *catalog.Path, id string) (float64, int) {
	switch id {
	case MustSteadyIncome:
		return max(0, float64(p.Volatility.Level-3)/2), p.Volatility.Level
	case MustOwnPlatforms:
		return max(0, float64(p.PlatformDependency.Level-3)/2), p.PlatformDependency.Level
	case MustKeepJob:
		if p.Mode == catalog.FullTime {
			return 1, 1
		}
	}
	return 0, 0
}

// part is a contribution before rounding, already on the calibrated scale.
// It is small (16 bytes) because every path's parts are built for every
// assessment: its name is looked up by key.
type part struct {
	x    float64
	path int32
	key  int16 // the same reason has the same key on every path (see partKeys)
	kind PartKind
}

// factor is the part's contribution name.
func (pt part) factor() string { return keyNames[pt.key] }

// The keys of parts: base, barrier, then one per factor, per skill, per
// must-have clash and per must-have cost, in model order.
var (
	keyFactor = 2
	keySkill  = keyFactor + len(model.Factors)
	keyClash  = keySkill + len(model.Skills.Questions)
	keyCost   = keyClash + len(model.MustHaves)
	partKeys  = keyCost + len(model.MustHaves)
)

// keyNames are each key's contribution name.
var keyNames = func() []string {
	names := []string{"base", "barrier"}
	names = append(names, factorIDs...)
	for _, sq := range model.Skills.Questions {
		names = append(names, "skill:"+string(sq.Skill))
	}
	names = append(names, mustFactors...)
	return append(names, costFactors...)
}()

// barrier is what a path asks of anyone before the first income, in points
// before the scale (see [ScaleRule]).
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
	prop    []float64 // each Linear factor's property of the path
	side    []int     // the path's figure each factor's reason names
	breaks  mustSet
	// dep and depLevel are, per must-have, how much the path rests on what
	// it protects (0–1) and the rating the cost's reason names.
	dep      []float64
	depLevel []int
	hustle   bool    // a side hustle, on top of a day job
	slowPay  float64 // (time to first income − 3) / 2, for spare hours
	// skillSlots has a bit for every slot one of skills reads, in as many
	// words as the slots need.
	skillSlots []uint64
}

// readsSkill reports whether one of the path's skill needs reads slot s.
func (t *pathTable) readsSkill(s slot) bool { return t.skillSlots[s/64]&(1<<(s%64)) != 0 }

// skillNeed is one skill a path needs, with its share of the skill points.
type skillNeed struct {
	factor string
	skill  catalog.Skill
	slot   slot
	need   int
	share  float64
	key    int16
}

var tables = func() []pathTable {
	out := make([]pathTable, len(paths))
	for i := range paths {
		p := &paths[i]
		t := pathTable{path: p, barrier: barrier(p), hustle: p.Mode == catalog.SideHustle,
			prop: make([]float64, len(model.Factors)), side: make([]int, len(model.Factors)),
			dep: make([]float64, len(model.MustHaves)), depLevel: make([]int, len(model.MustHaves)),
			skillSlots: make([]uint64, (numSlots+63)/64), slowPay: property(p, PropSlowPay, "")}
		for _, sh := range skillShares(p) {
			for qi, sq := range model.Skills.Questions {
				if sq.Skill == sh.skill {
					s := slots[sq.Question]
					t.skills = append(t.skills, skillNeed{factor: "skill:" + string(sh.skill), skill: sh.skill,
						slot: s, need: sh.need, share: sh.share, key: int16(keySkill + qi)})
					t.skillSlots[s/64] |= 1 << (s % 64)
				}
			}
		}
		for j := range model.Factors {
			fc := &model.Factors[j]
			t.prop[j] = property(p, fc.Against, fc.Option)
			t.side[j] = pathSide(p, fc)
		}
		for j, mh := range model.MustHaves {
			if breaks(p, mh.ID) {
				t.breaks |= mustBit(mh.ID)
			}
			t.dep[j], t.depLevel[j] = dependence(p, mh.ID)
		}
		out[i] = t
	}
	return out
}()

// skillShare is one skill need with its share of the skill points.
type skillShare struct {
	skill catalog.Skill
	need  int
	share float64
}

// skillShares weighs each need at need × (need − 1) shares: a core skill
// outweighs a minor one, and a need of 1 ("a little") is met by any rating.
func skillShares(p *catalog.Path) []skillShare {
	var shares float64
	for _, n := range p.Skills {
		shares += float64(n.Level * (n.Level - 1))
	}
	var out []skillShare
	for _, n := range p.Skills {
		if n.Level >= 2 {
			out = append(out, skillShare{n.Skill, n.Level, float64(n.Level*(n.Level-1)) / shares})
		}
	}
	return out
}

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

// factorKinds are the contribution kinds of model.Factors, built once.
var factorKinds = func() []PartKind {
	out := make([]PartKind, len(model.Factors))
	for i, fc := range model.Factors {
		out[i] = PartAnswer
		if fc.Kind == FieldMatch {
			out[i] = PartField
		}
	}
	return out
}()

// signalled marks the factors whose points are their signal times
// something, so a signal of 0 means no points on any path.
var signalled = func() []bool {
	out := make([]bool, len(model.Factors))
	for i, fc := range model.Factors {
		switch fc.Kind {
		case Linear, BudgetShortfall, RunwayShortfall, FieldMatch:
			out[i] = true
		}
	}
	return out
}()

// mustFactors and costFactors name each must-have's clash and cost
// contributions, by bit.
var mustFactors, costFactors = func() ([]string, []string) {
	clash, cost := make([]string, len(model.MustHaves)), make([]string, len(model.MustHaves))
	for i, mh := range model.MustHaves {
		clash[i], cost[i] = "must-have:"+mh.ID, "cost:"+mh.ID
	}
	return clash, cost
}()

// evaluate appends path t's parts for the facts to buf, on the calibrated
// scale: the base, then every other part times the scale's multiplier. It
// allocates nothing once buf has room, so a close call can try many answers.
func evaluate(t *pathTable, f *facts, sg signals, st mustState, buf []part) []part {
	k := model.Scale.Multiplier
	buf = append(buf, part{model.Scale.Base, 0, 0, PartBase}, part{k * t.barrier, 0, 1, PartBarrier})
	for _, sn := range t.skills {
		buf = append(buf, part{k * skillPoints(sn, f), int32(sn.need), sn.key, PartSkill})
	}
	for i := range model.Factors {
		if sg[i] == 0 && signalled[i] {
			continue // a signal of 0 moves no path
		}
		if x := factorPoints(t, i, f, sg); x != 0 {
			buf = append(buf, part{k * x, int32(t.side[i]), int16(keyFactor + i), factorKinds[i]})
		}
	}
	for i := range model.MustHaves {
		bit := mustSet(1) << i
		if model.ClashPoints > 0 && st.firm&t.breaks&bit != 0 {
			buf = append(buf, part{-k * model.ClashPoints, 0, int16(keyClash + i), PartClash})
		}
		if st.cost&bit != 0 && t.dep[i] > 0 {
			buf = append(buf, part{-k * model.MustHaves[i].CostPoints * t.dep[i], int32(t.depLevel[i]), int16(keyCost + i), PartCost})
		}
	}
	return buf
}

// costPoints is what the costs in st take from path t, before the scale.
func costPoints(t *pathTable, st mustState) float64 {
	var x float64
	for i := range model.MustHaves {
		if st.cost&(1<<i) != 0 {
			x -= model.MustHaves[i].CostPoints * t.dep[i]
		}
	}
	return x
}

// skillPoints earns a need's share in full at the need, loses it all at a
// rating of 1, and nothing half-way.
func skillPoints(sn skillNeed, f *facts) float64 {
	level := float64(min(max(f.num[sn.slot], 1), 5))
	met := (min(level, float64(sn.need)) - 1) / float64(sn.need-1)
	return model.Skills.Points * sn.share * (2*met - 1)
}

// factorPoints is what factor i does to path t, before the scale.
func factorPoints(t *pathTable, i int, f *facts, sg signals) float64 {
	fc := &model.Factors[i]
	th := model.Thresholds
	p := t.path
	switch fc.Kind {
	case Linear:
		return fc.Points * sg[i] * t.prop[i]
	case HoursShortfall:
		if short := p.Fit.Hours - f.num[sHustle]; short > 0 {
			return -min(fc.Points, float64(short))
		}
		// Hours to spare go into building: they bring a slow path's first
		// income closer, and are wasted on a quick one.
		spare := min(1, float64(f.num[sHustle]-p.Fit.Hours)/float64(th.SpareHoursFull))
		return th.SparePoints * spare * t.slowPay
	case WeekLoad:
		if !t.hustle {
			return 0
		}
		over := f.num[sDayJobHours] + p.Fit.Hours - th.LoadFrom
		return -min(fc.Points, th.LoadPerHour*float64(max(over, 0)))
	case BudgetShortfall, RunwayShortfall:
		return fc.Points * sg[i] * t.prop[i]
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
	case FieldMatch:
		if sg[i] != 0 && p.Fit.InField(catalog.Field(f.choice[sField])) {
			return fc.Points * sg[i]
		}
	}
	return 0
}

// budgetSignal reads the budget as −1 (a tenth of the undecided budget or
// less) to 1 (Thresholds.BudgetEnough or more) on a logarithmic scale, 0 at
// the undecided budget: a budget that covers courses and tools makes the
// paths that ask for them realistic, a tight one holds them back.
func budgetSignal(f *facts) float64 {
	b := float64(f.num[sBudget])
	pivot := float64(model.Thresholds.BudgetPivot)
	if b <= 0 {
		return -1
	}
	return clamp(math.Log10(b/pivot)/math.Log10(float64(model.Thresholds.BudgetEnough)/pivot), -1, 1)
}

// leaving is how far the person would leave their pay behind: 1 to switch
// or with no day job, half when unsure, 0 to keep it.
func leaving(f *facts) float64 {
	switch f.choice[sDayJob] {
	case "switch", "none":
		return 1
	case "unsure":
		return 0.5
	}
	return 0
}

// runwaySignal reads the savings as −1 (none) to 1 (Thresholds.RunwayMonths
// or more), 0 at half of that: a long runway can wait for a slow path that
// pays more, a short one needs the quick ones.
func runwaySignal(f *facts) float64 {
	half := float64(model.Thresholds.RunwayMonths) / 2
	return clamp((float64(f.num[sRunway])-half)/half, -1, 1)
}

// reads lists, for each slot, the factors whose points depend on it, so a
// changed answer re-evaluates only those.
var reads = func() [][]int {
	out := make([][]int, numSlots)
	for i, fc := range model.Factors {
		out[slots[fc.Question]] = append(out[slots[fc.Question]], i)
		switch fc.Kind {
		case RunwayShortfall:
			out[sDayJob] = append(out[sDayJob], i)
		case FieldMatch:
			out[sDomain] = append(out[sDomain], i)
		}
	}
	return out
}()

// sumOf is a settled score from a sum on the calibrated scale. The scale
// keeps every sum within 0–100 (see [ScaleRule]), so nothing is clamped.
func sumOf(sum float64) int { return round(sum) }

// settle turns parts into a score and whole-point contributions that sum to
// it exactly. The score is the rounded sum of the parts, so it moves
// monotonically with them; the points are shared out by largest remainder,
// so rounding never adds or loses a point. The scale keeps the score in
// 0–100, so nothing is held to it.
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
		slab = append(slab, Contribution{Factor: p.factor(), Kind: p.kind, Points: int(fl), Path: int(p.path)})
		floors += int(fl)
		if i < len(frac) {
			frac[i] = p.x - fl
		}
	}
	cs := slab[start:]
	score := round(sum)
	// Hand the missing points to the largest fractional parts; ties go to
	// the earlier entry, so the result is deterministic. The parts are put
	// in that order once (a stable insertion sort of at most 64 indices, on
	// the stack), rather than searched again for every point.
	n := min(len(cs), len(frac))
	var order [64]uint8
	for i := range n {
		j := i
		for j > 0 && frac[order[j-1]] < frac[i] {
			order[j] = order[j-1]
			j--
		}
		order[j] = uint8(i)
	}
	for k, left := 0, score-floors; left > 0 && k < n; k, left = k+1, left-1 {
		cs[order[k]].Points++
	}
	// A part that rounded to nothing explains nothing; the base always shows.
	cs = slices.DeleteFunc(cs, func(c Contribution) bool { return c.Points == 0 && c.Factor != "base" })
	slab = slab[:start+len(cs)]
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
		if fc.Option == "" && fc.Neutral != "" {
			a[fc.Question] = []string{fc.Neutral}
		}
	}
	for _, sq := range model.Skills.Questions {
		a[sq.Question] = []string{"3"}
	}
	return a
}
