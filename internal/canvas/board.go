package canvas

import "strings"

// BoxID names one box of the board.
type BoxID string

// The board's boxes.
const (
	BoxNiche           BoxID = "niche"
	BoxPains           BoxID = "pains"
	BoxAlternatives    BoxID = "alternatives"
	BoxValue           BoxID = "value"
	BoxAdvantage       BoxID = "advantage"
	BoxChannels        BoxID = "channels"
	BoxDependencies    BoxID = "dependencies"
	BoxCommoditisation BoxID = "commoditisation"
	BoxHours           BoxID = "hours"
	BoxQuestions       BoxID = "questions"
)

// Box is one box of the board: what it is called, what it asks when it is
// empty, the first article's words beside its form, and the Validate keys
// its own short form edits (a row key such as "pains.N.what" stands for
// every row).
type Box struct {
	ID     BoxID
	Title  string
	Prompt string
	// Basis is the first article's sentence the box rests on, verbatim;
	// "" for a box that only keeps the canvas complete.
	Basis  string
	Fields []string
}

// Boxes lists the boxes in the order a person fills them in: who the
// customer is and what hurts first, then what they would pay for it, what
// makes it the person's own, how it reaches people and what could stop it,
// and last the three questions, which need the rest to answer. Phones and
// the "fill it in order" walk use this order; the board arranges the same
// boxes in a grid.
func Boxes() []Box { return append([]Box(nil), boxes...) }

var boxes = []Box{
	{BoxNiche, "Niche and audience", "Who exactly is the customer? Name a role, an industry, a size or a place.", basisNiche,
		[]string{"title", "niche"}},
	{BoxPains, "Pain points", "What hurts them, how often, and how badly?", basisPains,
		[]string{"pains.N.what", "pains.N.how_often", "pains.N.severity", "pains.N.evidence"}},
	{BoxAlternatives, "Current alternatives", "What do they do about it today?", "",
		[]string{"alternatives"}},
	{BoxValue, "Value exchange and price", "What do they get, what do they give, and for how much?", basisValue,
		[]string{"value_get", "value_give", "price"}},
	{BoxAdvantage, "Unfair advantage", "Which domain expertise makes this yours?", basisAdvantage,
		[]string{"advantage"}},
	{BoxChannels, "Channels", "Where will the first customers hear of it?", "",
		[]string{"channels"}},
	{BoxDependencies, "Platform dependencies", "Which platforms does it run on, and what is the plan B?", basisRentedLand,
		[]string{"dependencies.N.platform", "dependencies.N.mitigation", "dependencies.N.evidence"}},
	{BoxCommoditisation, "Commoditisation risk", "What stops anyone with a chatbot copying it?", basisCommodity,
		[]string{"commoditisation"}},
	{BoxHours, "Hours a week", "How many hours a week will it take?", basisHours,
		[]string{"hours_per_week"}},
	{BoxQuestions, "The three questions", "A real problem? Worth the time? Aligned with your goals?", basisQuestions,
		[]string{"real_problem", "real_problem_why", "justifies_time", "justifies_time_why", "aligned", "aligned_why"}},
}

// BoxByID returns the box with id.
func BoxByID(id BoxID) (Box, bool) {
	for _, b := range boxes {
		if b.ID == id {
			return b, true
		}
	}
	return Box{}, false
}

// BoxOf is the box a Finding.Box or a Validate key belongs to: "pains.2"
// and "pains.2.what" are the pains box, "questions.aligned" and
// "aligned_why" the questions box.
func BoxOf(key string) BoxID {
	head, _, _ := strings.Cut(key, ".")
	switch head {
	case "title":
		return BoxNiche
	case "value_get", "value_give", "price":
		return BoxValue
	case "hours_per_week":
		return BoxHours
	case "real_problem", "justifies_time", "aligned", "real_problem_why", "justifies_time_why", "aligned_why":
		return BoxQuestions
	}
	return BoxID(head)
}

// Filled reports whether the person has written anything in box b.
func (c Canvas) Filled(b BoxID) bool {
	switch b {
	case BoxNiche:
		return !isEmpty(c.Niche)
	case BoxPains:
		return len(c.pains()) > 0
	case BoxAlternatives:
		return !isEmpty(c.Alternatives)
	case BoxValue:
		return !isEmpty(c.ValueGet) || !isEmpty(c.ValueGive) || !isEmpty(c.Price)
	case BoxAdvantage:
		return !isEmpty(c.Advantage)
	case BoxChannels:
		return !isEmpty(c.Channels)
	case BoxDependencies:
		return len(c.dependencies()) > 0
	case BoxCommoditisation:
		return !isEmpty(c.Commoditisation)
	case BoxHours:
		return c.HoursPerWeek > 0
	case BoxQuestions:
		return c.RealProblem != "" || c.JustifiesTime != "" || c.Aligned != ""
	}
	return false
}

// Fresh reports whether nothing has been written on the canvas yet: a
// title alone, or a starting point pre-filled from a path, does not count
// as the person's own work.
func (c Canvas) Fresh() bool {
	for _, b := range boxes {
		if c.Filled(b.ID) {
			return false
		}
	}
	return true
}

// Evidence is the weakest evidence among box b's claims, for the board's
// small mark: false for a box without claims (only pain points and
// platform dependencies carry evidence) or with none listed.
func (c Canvas) Evidence(b BoxID) (Evidence, bool) {
	var levels []Evidence
	switch b {
	case BoxPains:
		for _, p := range c.pains() {
			levels = append(levels, p.Evidence)
		}
	case BoxDependencies:
		for _, d := range c.dependencies() {
			levels = append(levels, d.Evidence)
		}
	}
	if len(levels) == 0 {
		return "", false
	}
	weakest := Validated
	for _, e := range levels {
		if e.level() < weakest.level() {
			weakest = e
		}
	}
	if weakest == "" {
		weakest = Assumption
	}
	return weakest, true
}

// pains and dependencies are the rows with content, as forms leave spare rows.
func (c Canvas) pains() []PainPoint {
	var out []PainPoint
	for _, p := range c.Pains {
		if !p.Blank() {
			out = append(out, p)
		}
	}
	return out
}

func (c Canvas) dependencies() []Dependency {
	var out []Dependency
	for _, d := range c.Dependencies {
		if !d.Blank() {
			out = append(out, d)
		}
	}
	return out
}

// SetBox replaces box b's fields in c with those of from, leaving every
// other box as it was: a box's own form posts only its fields.
func (c *Canvas) SetBox(b BoxID, from Canvas) {
	switch b {
	case BoxNiche:
		c.Title, c.Niche = from.Title, from.Niche
	case BoxPains:
		c.Pains = from.Pains
	case BoxAlternatives:
		c.Alternatives = from.Alternatives
	case BoxValue:
		c.ValueGet, c.ValueGive, c.Price = from.ValueGet, from.ValueGive, from.Price
	case BoxAdvantage:
		c.Advantage = from.Advantage
	case BoxChannels:
		c.Channels = from.Channels
	case BoxDependencies:
		c.Dependencies = from.Dependencies
	case BoxCommoditisation:
		c.Commoditisation = from.Commoditisation
	case BoxHours:
		c.HoursPerWeek = from.HoursPerWeek
	case BoxQuestions:
		c.RealProblem, c.RealProblemWhy = from.RealProblem, from.RealProblemWhy
		c.JustifiesTime, c.JustifiesTimeWhy = from.JustifiesTime, from.JustifiesTimeWhy
		c.Aligned, c.AlignedWhy = from.Aligned, from.AlignedWhy
	}
}
