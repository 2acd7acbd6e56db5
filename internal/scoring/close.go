package scoring

import (
	"slices"
	"strconv"
	"sync"

	q "github.com/crossroads/crossroads/internal/questionnaire"
)

// maxTips is how many answers a close call names.
const maxTips = 2

// closeCall compares the two best-ranked paths. When they break the same
// must-haves and are within the model's margin it is a close call (or a
// tie), and it names up to two single-answer changes that would put the
// runner-up first: the smallest changes first. ranks is in catalog order,
// order is the ranking.
func closeCall(def q.Definition, f *facts, sg signals, st mustState, ranks, order []rankKey) Close {
	var c Close
	if len(order) < 2 {
		return c
	}
	lead, next := order[0], order[1]
	// The best path that would lead but for the must-haves it breaks: the
	// result says so in one sentence rather than leave a reader wondering.
	best := lead.score
	for _, k := range order[1:] {
		if plain := k.score + k.clashes*int(model.ClashPoints); !k.aside && k.clashes > lead.clashes && plain > best {
			c.Outscored, best = paths[k.index].ID, plain
		}
	}
	if next.clashes != lead.clashes || next.aside != lead.aside {
		return c
	}
	c.Gap = lead.score - next.score
	switch {
	case c.Gap == 0:
		c.Kind = Tie
		c.TieBreak = tieBreak(lead, next)
	case c.Gap <= model.Close.Margin:
		c.Kind = CloseCall
	default:
		return c
	}
	c.Tips = tips(def, f, sg, st, ranks, order)
	return c
}

// change is one answer changed: a number or scale value, a choice, or a
// Multi option toggled.
type change struct {
	slot     slot
	num      int
	choice   string
	option   string // set for a Multi toggle
	distance float64
}

func (ch change) apply(f *facts) {
	f.ok[ch.slot] = true
	switch {
	case ch.option != "":
		if slices.Contains(f.chosen, ch.option) {
			f.chosen = slices.DeleteFunc(slices.Clone(f.chosen), func(s string) bool { return s == ch.option })
		} else {
			f.chosen = append(slices.Clone(f.chosen), ch.option)
		}
	case ch.choice != "":
		f.choice[ch.slot] = ch.choice
	default:
		f.num[ch.slot] = ch.num
	}
}

// tip describes an accepted change in the person's terms.
func (ch change) tip(f *facts) Tip {
	t := Tip{Question: slotIDs[ch.slot]}
	switch {
	case ch.option != "":
		t.Option, t.From, t.To = ch.option, "no", "yes"
		if slices.Contains(f.chosen, ch.option) {
			t.From, t.To = "yes", "no"
		}
	case ch.choice != "":
		t.From, t.To = f.choice[ch.slot], ch.choice
	default:
		t.From, t.To = strconv.Itoa(f.num[ch.slot]), strconv.Itoa(ch.num)
	}
	return t
}

// tips finds the smallest single-answer changes after which the runner-up
// (order[1]) comes first of all paths. A change only re-evaluates
// the factors that read the answer it changes, so trying every candidate
// costs far less than scoring again: first against the leader alone, then,
// smallest change first, against every path.
func tips(def q.Definition, f *facts, sg signals, st mustState, ranks, order []rankKey) []Tip {
	leader, runner := order[0].index, order[1].index
	// Each candidate is applied to a copy of the facts that is changed and
	// changed back in place, field by field, rather than copied anew.
	g, gs := f.clone(), slices.Clone(sg)
	lifted := st.lifted
	try := func(ch change) mustState {
		ch.apply(&g)
		for _, j := range reads[ch.slot] {
			gs[j] = g.signalOf(j)
		}
		if !isMustSlot(ch.slot) {
			return st
		}
		return mustHavesOf(&g).liftingSet(lifted)
	}
	undo := func(ch change) {
		g.num[ch.slot], g.choice[ch.slot], g.ok[ch.slot], g.chosen = f.num[ch.slot], f.choice[ch.slot], f.ok[ch.slot], f.chosen
		for _, j := range reads[ch.slot] {
			gs[j] = sg[j]
		}
	}
	// On the stack: about 100 candidates, 7 KB, tried once and dropped.
	var buf [128]change
	cands := candidates(def, f, buf[:0])
	type flip struct {
		i        int
		distance float64
	}
	var flips []flip
	for i, ch := range cands {
		gm := try(ch)
		rk := changedKey(runner, ch.slot, f, &g, sg, gs, st, gm, ranks)
		if rk.before(changedKey(leader, ch.slot, f, &g, sg, gs, st, gm, ranks)) {
			flips = append(flips, flip{i, ch.distance})
		}
		undo(ch)
	}
	slices.SortStableFunc(flips, func(a, b flip) int {
		switch {
		case a.distance < b.distance:
			return -1
		case a.distance > b.distance:
			return 1
		}
		return 0
	})
	var out []Tip
	for _, fl := range flips {
		if len(out) == maxTips {
			break
		}
		ch := cands[fl.i]
		if slices.ContainsFunc(out, func(t Tip) bool { return t.Question == slotIDs[ch.slot] }) {
			continue
		}
		gm := try(ch)
		rk := changedKey(runner, ch.slot, f, &g, sg, gs, st, gm, ranks)
		// The paths ranked nearest are the likeliest to overtake, so they
		// are tried first.
		first := true
		for _, k := range order {
			if k.index != runner && changedKey(k.index, ch.slot, f, &g, sg, gs, st, gm, ranks).before(rk) {
				first = false
				break
			}
		}
		undo(ch)
		if first {
			out = append(out, ch.tip(f))
		}
	}
	return out
}

// changedKey is path i's rank key after the answer in slot s changed from
// f to g: its old sum plus what the factors and skills reading s now add,
// and the clashes and costs the new must-have answers bring.
func changedKey(i int, s slot, f, g *facts, sg, gs signals, st, gm mustState, ranks []rankKey) rankKey {
	t := &tables[i]
	k := model.Scale.Multiplier
	var delta float64
	for _, j := range reads[s] {
		delta += factorPoints(t, j, g, gs) - factorPoints(t, j, f, sg)
	}
	if t.readsSkill(s) {
		for _, sn := range t.skills {
			if sn.slot == s {
				delta += skillPoints(sn, g) - skillPoints(sn, f)
			}
		}
	}
	after := ranks[i].clashes
	if gm.firm != st.firm {
		before := (st.firm & t.breaks).count()
		after = (gm.firm & t.breaks).count()
		delta -= model.ClashPoints * float64(after-before)
	}
	if gm.cost != st.cost {
		delta += costPoints(t, gm) - costPoints(t, st)
	}
	return keyFor(i, ranks[i].sum+k*delta, after, ranks[i].aside)
}

// step is one plausible move on a number answer: add n, or multiply by n
// (from at least 100), or set it to n.
type step struct {
	op byte // '+', '*', '=' or '/'
	n  int
}

func (st step) from(v int) int {
	switch st.op {
	case '+':
		return v + st.n
	case '*':
		return max(v, 100) * st.n
	case '/':
		return v / st.n
	}
	return st.n
}

// numberSteps are the changes a close call tries for each number question:
// moves a person could plausibly make.
var numberSteps = map[string][]step{
	q.HustleHours: {{'+', 2}, {'+', 5}, {'+', 10}, {'+', -2}, {'+', -5}},
	q.DayJobHours: {{'+', -5}, {'+', -10}, {'+', -20}, {'+', 5}},
	q.Budget:      {{'*', 2}, {'*', 5}, {'*', 10}, {'=', 0}},
	q.Runway:      {{'+', 3}, {'+', 6}, {'+', 12}, {'+', -3}},
	q.IncomeGoal:  {{'*', 2}, {'*', 5}, {'/', 2}},
}

// candidateQuestions are the questions of a definition a close call can
// change, with their slots, resolved once per definition version.
type candidateQuestion struct {
	q     *q.Question
	slot  slot
	skill bool
	steps []step
}

var candidateCache sync.Map // definition version → []candidateQuestion

func candidateQuestions(def q.Definition) []candidateQuestion {
	if cq, ok := candidateCache.Load(def.Version); ok {
		return cq.([]candidateQuestion)
	}
	var out []candidateQuestion
	for si := range def.Sections {
		for i := range def.Sections[si].Questions {
			qu := &def.Sections[si].Questions[i]
			if sl, read := slots[qu.ID]; read {
				out = append(out, candidateQuestion{q: qu, slot: sl, skill: isSkillQuestion(qu.ID), steps: numberSteps[qu.ID]})
			}
		}
	}
	candidateCache.Store(def.Version, out)
	return out
}

// candidates lists every single-answer change worth trying, answered or
// not: one or two steps on a scale (only up, for a skill: nobody rates a
// skill down on purpose), plausible moves on a number, every other option
// of a choice, and each Multi option toggled. They are appended to out.
func candidates(def q.Definition, f *facts, out []change) []change {
	for _, cq := range candidateQuestions(def) {
		qu, sl := cq.q, cq.slot
		switch qu.Kind {
		case q.Scale:
			v := f.num[sl]
			for _, d := range [...]int{1, -1, 2, -2} {
				to := v + d
				if to < qu.Min || to > qu.Max || (d < 0 && cq.skill) {
					continue
				}
				out = append(out, change{slot: sl, num: to, distance: float64(abs(d))})
			}
		case q.Number:
			v := f.num[sl]
			for _, st := range cq.steps {
				to := min(max(st.from(v), qu.Min), qu.Max)
				if to != v {
					out = append(out, change{slot: sl, num: to, distance: relative(v, to)})
				}
			}
		case q.Single:
			if f.choice[sl] == "" {
				continue // an unanswered list without an undecided option (the field known well)
			}
			for _, o := range qu.Options {
				if o.Value != f.choice[sl] {
					out = append(out, change{slot: sl, choice: o.Value, distance: 1.5})
				}
			}
		case q.Multi:
			for _, o := range qu.Options {
				out = append(out, change{slot: sl, option: o.Value, distance: 1.5})
			}
		}
	}
	return out
}

// relative sizes a change to a number: doubling counts as much as one step
// on a scale.
func relative(from, to int) float64 {
	a, b := float64(max(from, 1)), float64(max(to, 1))
	if b < a {
		a, b = b, a
	}
	return b/a - 1 + 0.01*float64(abs(to-from))/float64(max(from, 1)+1)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
