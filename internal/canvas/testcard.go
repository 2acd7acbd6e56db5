package canvas

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Test cards follow Strategyzer's Test Card and Learning Card (Strategyzer:
// "The Test Card" and "The Learning Card", strategyzer.com): "We believe …
// To verify that, we will … and measure … We are right if …", then "We
// observed … From that we learned … Therefore, we will …". The first
// article's method ends in the same place: start from a pain point and
// test the value exchange before spending weeks on it.

// TestKind is the kind of cheap test a card plans.
type TestKind string

// The kinds of test, cheapest first. What each proves is our judgement,
// matched to what the evidence levels mean: a conversation shows a claim
// holds (observed); someone paying or signing up backs it (validated).
const (
	Conversations TestKind = "conversations"
	LandingPage   TestKind = "landing-page"
	PaidPilot     TestKind = "paid-pilot"
	PlanBTrial    TestKind = "plan-b-trial"
)

// TestKinds lists the kinds in the order a form offers them.
func TestKinds() []TestKind { return []TestKind{Conversations, LandingPage, PaidPilot, PlanBTrial} }

// Label names the kind for a form.
func (k TestKind) Label() string {
	switch k {
	case Conversations:
		return "Conversations with people in the niche"
	case LandingPage:
		return "A landing page that asks for a sign-up"
	case PaidPilot:
		return "A paid pilot or a pre-sale"
	case PlanBTrial:
		return "Trying the plan B once"
	}
	return string(k)
}

// proves is the evidence a passed test of this kind gives its claim.
func (k TestKind) proves() Evidence {
	switch k {
	case LandingPage, PaidPilot:
		return Validated
	case Conversations, PlanBTrial:
		return Observed
	}
	return ""
}

// Outcome is how a test came out.
type Outcome string

// The outcomes.
const (
	Passed  Outcome = "passed"
	Failed  Outcome = "failed"
	Unclear Outcome = "unclear"
)

// Outcomes lists them in form order.
func Outcomes() []Outcome { return []Outcome{Passed, Failed, Unclear} }

// TestCard plans one cheap test of one claim on the canvas.
type TestCard struct {
	// ID is unique within the canvas and never reused, so a link to a
	// card keeps meaning the same card.
	ID int `json:"id"`
	// Claim is the row the card tests: "pains.N" or "dependencies.N".
	Claim    string   `json:"claim"`
	Belief   string   `json:"belief"`
	Kind     TestKind `json:"kind"`
	Test     string   `json:"test"`
	Measure  string   `json:"measure"`
	PassMark string   `json:"pass_mark"`
	Due      string   `json:"due,omitempty"` // YYYY-MM-DD; "" = no date
	// Learning is the result, once recorded.
	Learning *Learning `json:"learning,omitempty"`
}

// Learning is what a test showed.
type Learning struct {
	Seen     string  `json:"seen"`
	Means    string  `json:"means"`
	Decision string  `json:"decision"`
	Outcome  Outcome `json:"outcome"`
	On       string  `json:"on"` // YYYY-MM-DD, the day it was recorded
}

// MaxTests bounds the test cards of one canvas: storage, not advice.
const MaxTests = 10

// Suggestion is the cheapest test the app proposes for a claim. The
// wording and the pass marks are our judgement, and pages say so.
type Suggestion struct {
	Kind     TestKind
	Belief   string
	Test     string
	Measure  string
	PassMark string
}

// Suggest proposes a test for the claim at box ("pains.N" or
// "dependencies.N"); false for anything else. The belief is worded from the
// box, never from what the person typed: a share view may hide free text.
func Suggest(box string) (Suggestion, bool) {
	kind, n, ok := claimRow(box)
	if !ok {
		return Suggestion{}, false
	}
	switch kind {
	case "pains":
		return Suggestion{
			Kind:     Conversations,
			Belief:   fmt.Sprintf("People in the niche have pain point %d, as often and as badly as the canvas says.", n+1),
			Test:     "Talk to five people in the niche about how they handle it today, without pitching anything.",
			Measure:  "How many describe this problem before being asked about it, and what they do about it now.",
			PassMark: "At least three of the five describe it unprompted.",
		}, true
	default:
		return Suggestion{
			Kind:     PlanBTrial,
			Belief:   fmt.Sprintf("The plan B for platform dependency %d would keep the idea going if the platform changed.", n+1),
			Test:     "Run one week’s work, or serve one customer, through the plan B instead of the platform.",
			Measure:  "What it cost in hours and money, and what broke.",
			PassMark: "It worked within twice the usual time and cost.",
		}, true
	}
}

// claimRow reads "pains.N" or "dependencies.N".
func claimRow(box string) (kind string, n int, ok bool) {
	kind, idx, found := strings.Cut(box, ".")
	if !found || (kind != "pains" && kind != "dependencies") {
		return "", 0, false
	}
	n, err := strconv.Atoi(idx)
	if err != nil || n < 0 || strconv.Itoa(n) != idx {
		return "", 0, false
	}
	return kind, n, true
}

// Claims lists the rows a test card can test, in canvas order, with
// their evidence.
func (c Canvas) Claims() []string {
	var out []string
	for i, p := range c.Pains {
		if !p.Blank() {
			out = append(out, "pains."+strconv.Itoa(i))
		}
	}
	for i, d := range c.Dependencies {
		if !d.Blank() {
			out = append(out, "dependencies."+strconv.Itoa(i))
		}
	}
	return out
}

// ClaimEvidence is the evidence of the row at box, and false when the
// box names no listed row.
func (c Canvas) ClaimEvidence(box string) (Evidence, bool) {
	kind, n, ok := claimRow(box)
	switch {
	case !ok:
		return "", false
	case kind == "pains" && n < len(c.Pains) && !c.Pains[n].Blank():
		return c.Pains[n].Evidence, true
	case kind == "dependencies" && n < len(c.Dependencies) && !c.Dependencies[n].Blank():
		return c.Dependencies[n].Evidence, true
	}
	return "", false
}

// PlanTest adds a card and returns it with its new ID.
func (c *Canvas) PlanTest(t TestCard) TestCard {
	t.ID = 1
	for _, old := range c.Tests {
		t.ID = max(t.ID, old.ID+1)
	}
	t.Learning = nil
	c.Tests = append(c.Tests, t)
	return t
}

// Test returns the card with id.
func (c Canvas) Test(id int) (TestCard, bool) {
	for _, t := range c.Tests {
		if t.ID == id {
			return t, true
		}
	}
	return TestCard{}, false
}

// RemoveTest removes the card with id and reports whether the canvas had
// it. What a passed test raised stays: evidence is never lowered by the
// board itself (the person marks a claim down in its box), so removing a
// card planned by mistake, or done with, changes nothing else.
func (c *Canvas) RemoveTest(id int) bool {
	for i, t := range c.Tests {
		if t.ID == id {
			c.Tests = append(c.Tests[:i:i], c.Tests[i+1:]...)
			return true
		}
	}
	return false
}

// RecordLearning stores a card's result and, when the test passed, raises
// its claim's evidence to what the test proves. Evidence is never lowered:
// a failed test says what to do in its decision, and the person may mark
// the claim down themselves. It reports whether the claim's evidence moved.
func (c *Canvas) RecordLearning(id int, l Learning) (moved bool, ok bool) {
	for i := range c.Tests {
		t := &c.Tests[i]
		if t.ID != id {
			continue
		}
		t.Learning = &l
		if l.Outcome != Passed {
			return false, true
		}
		return c.raise(t.Claim, t.Kind.proves()), true
	}
	return false, false
}

func (c *Canvas) raise(box string, to Evidence) bool {
	kind, n, ok := claimRow(box)
	if !ok || to == "" {
		return false
	}
	var e *Evidence
	switch {
	case kind == "pains" && n < len(c.Pains):
		e = &c.Pains[n].Evidence
	case kind == "dependencies" && n < len(c.Dependencies):
		e = &c.Dependencies[n].Evidence
	default:
		return false
	}
	if to.level() <= e.level() {
		return false
	}
	*e = to
	return true
}

// ValidateTest checks a card before it is planned: the claim must be on
// the canvas, the belief, test and pass mark written, the date a date.
// Keys: "claim", "belief", "kind", "test", "measure", "pass_mark", "due".
func (c Canvas) ValidateTest(t TestCard) map[string]string {
	v := map[string]string{}
	if _, ok := c.ClaimEvidence(t.Claim); !ok {
		v["claim"] = "Choose the pain point or platform dependency this card tests."
	}
	required(v, "belief", "what you believe", t.Belief, MaxBoxLen)
	if !t.Kind.valid() {
		v["kind"] = "Choose the kind of test."
	}
	required(v, "test", "the test", t.Test, MaxBoxLen)
	text(v, "measure", "what you will measure", t.Measure, MaxBoxLen)
	required(v, "pass_mark", "the pass mark", t.PassMark, MaxShortLen)
	if t.Due != "" {
		if _, err := time.Parse(time.DateOnly, t.Due); err != nil {
			v["due"] = "Enter the date as year-month-day, for example 2027-01-31, or leave it blank."
		}
	}
	if len(c.Tests) >= MaxTests {
		v["claim"] = fmt.Sprintf("A canvas holds at most %d test cards. Record the results of the ones you have first.", MaxTests)
	}
	return v
}

// ValidateLearning checks a result before it is recorded.
// Keys: "seen", "means", "decision", "outcome".
func ValidateLearning(l Learning) map[string]string {
	v := map[string]string{}
	required(v, "seen", "what you observed", l.Seen, MaxBoxLen)
	text(v, "means", "what it means", l.Means, MaxBoxLen)
	required(v, "decision", "what you will do next", l.Decision, MaxBoxLen)
	switch l.Outcome {
	case Passed, Failed, Unclear:
	default:
		v["outcome"] = "Say whether the test passed, failed or was unclear."
	}
	return v
}

func (k TestKind) valid() bool {
	for _, known := range TestKinds() {
		if k == known {
			return true
		}
	}
	return false
}

// required is text for a field a card cannot do without.
func required(v map[string]string, key, label, s string, limit int) {
	if isEmpty(s) {
		v[key] = "Write " + label + "."
		return
	}
	text(v, key, label, s, limit)
}

// FollowRows keeps each card on its row after a form saved the rows anew
// (c) over old: when rows were removed, a card follows its row's words to
// the row's new place, and a card whose row is gone keeps its result but
// tests no listed claim any more (Claim ""), so a later result can never
// raise the evidence of another row. With as many rows as before, rows
// were edited in place and every card stays.
func (c *Canvas) FollowRows(old Canvas) {
	oldPains, newPains := rowWords(old.Pains, nil), rowWords(c.Pains, nil)
	oldDeps, newDeps := rowWords(nil, old.Dependencies), rowWords(nil, c.Dependencies)
	for i := range c.Tests {
		t := &c.Tests[i]
		kind, n, ok := claimRow(t.Claim)
		if !ok {
			continue
		}
		before, after := oldPains, newPains
		if kind == "dependencies" {
			before, after = oldDeps, newDeps
		}
		if len(before) == len(after) {
			continue
		}
		t.Claim = ""
		if n >= len(before) {
			continue
		}
		for j, w := range after {
			if w == before[n] && !isEmpty(w) {
				t.Claim = kind + "." + strconv.Itoa(j)
				break
			}
		}
	}
}

// rowWords is what identifies each row: a pain's words, a dependency's platform.
func rowWords(pains []PainPoint, deps []Dependency) []string {
	var out []string
	for _, p := range pains {
		out = append(out, strings.TrimSpace(p.What))
	}
	for _, d := range deps {
		out = append(out, strings.TrimSpace(d.Platform))
	}
	return out
}
