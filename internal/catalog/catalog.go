// Package catalog holds the paths Crossroads can recommend, the two source
// articles every figure comes from, and the citations that tie each claim to
// a section of those articles.
//
// The package is pure data and has no HTTP or SQL. Ratings on the 1–5 axes
// are editorial judgements; the text beside each rating says what the
// sources actually state and the citation quotes them verbatim. Where the
// sources are silent, the text says so and there is no citation. No number
// appears here that the articles do not print.
package catalog

import "slices"

// Track is one of the three ways to earn with (or around) AI that Crossroads compares.
type Track string

// The three tracks, in the order the pages list them.
const (
	Marketing Track = "marketing"
	AIJob     Track = "ai-job"
	Hybrid    Track = "hybrid"
)

// Tracks returns every track in display order.
func Tracks() []Track { return []Track{Marketing, AIJob, Hybrid} }

// Valid reports whether t is one of the known tracks.
func (t Track) Valid() bool {
	switch t {
	case Marketing, AIJob, Hybrid:
		return true
	}
	return false
}

// Label returns the track's short display name.
func (t Track) Label() string {
	switch t {
	case Marketing:
		return "Digital-marketing side hustle"
	case AIJob:
		return "Generative-AI job"
	case Hybrid:
		return "AI-powered side hustle"
	}
	return string(t)
}

// Short returns the track's name in a word or two, for badges.
func (t Track) Short() string {
	switch t {
	case Marketing:
		return "Digital marketing"
	case AIJob:
		return "AI job"
	case Hybrid:
		return "AI side hustle"
	}
	return string(t)
}

// Summary returns one plain sentence that describes the track.
func (t Track) Summary() string {
	switch t {
	case Marketing:
		return "Social media, SEO, email, paid ads or copywriting for clients: a low barrier to entry, measurable results and flexible hours."
	case AIJob:
		return "A mostly full-time role such as prompt engineer or machine learning engineer: high pay, but a steeper, more academic learning curve."
	case Hybrid:
		return "A side hustle that pairs AI tools with existing know-how, such as AI consulting, market research, chatbots or a small product for a niche."
	}
	return ""
}

// Skill is one ability a path needs and the questionnaire asks about.
type Skill string

// The skills the sources name as mattering for the paths.
const (
	Writing     Skill = "writing"
	Persuasion  Skill = "persuasion"
	Analytics   Skill = "analytics"
	Programming Skill = "programming"
	Maths       Skill = "maths"
	Domain      Skill = "domain"
	Client      Skill = "client"
	Prompting   Skill = "prompting"
	Ethics      Skill = "ethics"
)

// Skills returns every skill in display order.
func Skills() []Skill {
	return []Skill{Writing, Persuasion, Analytics, Programming, Maths, Domain, Client, Prompting, Ethics}
}

// Label returns the skill's display name.
func (s Skill) Label() string {
	switch s {
	case Writing:
		return "Copywriting and storytelling"
	case Persuasion:
		return "Persuasion and customer psychology"
	case Analytics:
		return "Data analytics"
	case Programming:
		return "Programming (Python)"
	case Maths:
		return "Statistics and linear algebra"
	case Domain:
		return "Domain expertise"
	case Client:
		return "Client communication and project management"
	case Prompting:
		return "Prompting with linguistic precision"
	case Ethics:
		return "AI ethics: fairness, bias and social impact"
	}
	return string(s)
}

// SkillNeed says how much a path needs one skill, from 1 (a little) to 5 (at its core).
type SkillNeed struct {
	Skill Skill
	Level int
}

// Mode says whether a path is worked beside a day job or instead of one.
type Mode string

// The two modes.
const (
	SideHustle Mode = "side-hustle"
	FullTime   Mode = "full-time"
)

// Label returns the mode's display name.
func (m Mode) Label() string {
	switch m {
	case SideHustle:
		return "Side hustle"
	case FullTime:
		return "Full-time role"
	}
	return string(m)
}

// Rated is one comparison axis for a path: a 1–5 level (1 = low) with the
// text and citation that justify it. Cite is nil only when Text says the
// sources are silent.
type Rated struct {
	Level int
	Text  string
	Cite  *Citation
}

// Hours is the weekly time a path takes. The sources give no weekly figure
// for any path, so Known is false everywhere today; Low and High are
// meaningful only when Known is true.
type Hours struct {
	Known     bool
	Low, High int
	Text      string
	Cite      *Citation
}

// Units an income range can be quoted in.
const (
	PerHour  = "hour"
	PerMonth = "month"
	PerYear  = "year"
)

// Income is what a path earns according to the sources, in US dollars.
// Known is false when the sources give no figure; Note then says so.
type Income struct {
	Known     bool
	Low, High float64
	// OpenEnded marks High as the bottom of an open top range, as in "$150+ per hour".
	OpenEnded bool
	Unit      string // PerHour, PerMonth or PerYear
	Note      string
	Cite      *Citation
}

// Plan is a path's concrete first steps, drawn from the articles' advice.
type Plan struct {
	Days7, Days30, Days90 []string
}

// Risk names a known risk a path carries.
type Risk string

// The risks the sources describe.
const (
	// RiskRentedLand is depending on platforms and technologies you don't control.
	RiskRentedLand Risk = "rented-land"
	// RiskCommoditisation is today's sophisticated service becoming tomorrow's commodity.
	RiskCommoditisation Risk = "commoditisation"
	// RiskHypeCycle is a market tied to the hype cycle and tech investment trends.
	RiskHypeCycle Risk = "hype-cycle"
	// RiskBurnout is a side hustle piled on a full day job.
	RiskBurnout Risk = "burnout"
)

// Path is one concrete way to earn that the catalog can recommend.
type Path struct {
	ID      string
	Name    string
	Track   Track
	Mode    Mode
	Summary string
	Skills  []SkillNeed

	LearningCurve      Rated
	UpfrontInvestment  Rated
	TimeToFirstIncome  Rated
	Demand             Rated
	Volatility         Rated
	Flexibility        Rated
	FutureProofing     Rated
	PlatformDependency Rated
	Commoditisation    Rated

	HoursPerWeek Hours
	Income       Income
	Plan         Plan
	Risks        []Risk

	// Fit is what the scoring model weighs answers against: our reading.
	Fit Fit
}

// Need returns the level at which p needs skill s, or 0 when it does not.
func (p Path) Need(s Skill) int {
	for _, n := range p.Skills {
		if n.Skill == s {
			return n.Level
		}
	}
	return 0
}

// HasRisk reports whether p carries risk r.
func (p Path) HasRisk(r Risk) bool {
	for _, x := range p.Risks {
		if x == r {
			return true
		}
	}
	return false
}

// Axis describes one of the 1–5 comparison axes and what its ends mean.
type Axis struct {
	ID        string
	Label     string
	LowMeans  string
	HighMeans string
}

// Axes returns the comparison axes in display order.
func Axes() []Axis {
	return []Axis{
		{"learning-curve", "Learning curve", "gentle", "steep"},
		{"upfront-investment", "Upfront investment", "minimal", "significant"},
		{"time-to-first-income", "Time to first income", "soon", "long"},
		{"demand", "Market demand", "thin", "strong"},
		{"volatility", "Volatility", "steady", "volatile"},
		{"flexibility", "Flexibility", "fixed hours", "flexible hours"},
		{"future-proofing", "Future-proofing", "exposed", "durable"},
		{"platform-dependency", "Platform dependency", "independent", "on rented land"},
		{"commoditisation", "Commoditisation risk", "low", "high"},
	}
}

// Rating returns p's rating on the axis with the given ID from Axes.
func (p Path) Rating(axisID string) (Rated, bool) {
	switch axisID {
	case "learning-curve":
		return p.LearningCurve, true
	case "upfront-investment":
		return p.UpfrontInvestment, true
	case "time-to-first-income":
		return p.TimeToFirstIncome, true
	case "demand":
		return p.Demand, true
	case "volatility":
		return p.Volatility, true
	case "flexibility":
		return p.Flexibility, true
	case "future-proofing":
		return p.FutureProofing, true
	case "platform-dependency":
		return p.PlatformDependency, true
	case "commoditisation":
		return p.Commoditisation, true
	}
	return Rated{}, false
}

// Citations returns every citation p carries, in axis order, then hours and income.
func (p Path) Citations() []Citation {
	var out []Citation
	for _, a := range Axes() {
		if r, _ := p.Rating(a.ID); r.Cite != nil {
			out = append(out, *r.Cite)
		}
	}
	if p.HoursPerWeek.Cite != nil {
		out = append(out, *p.HoursPerWeek.Cite)
	}
	if p.Income.Cite != nil {
		out = append(out, *p.Income.Cite)
	}
	return out
}

// entries is the catalog, built once; All and ByID hand out deep copies of it.
var entries = withFits(paths())

// All returns every path in stable display order: marketing, then AI jobs,
// then hybrids. The values are copies, so callers may modify them.
func All() []Path {
	out := make([]Path, len(entries))
	for i, p := range entries {
		out[i] = p.clone()
	}
	return out
}

// ByID returns a copy of the path with the given ID.
func ByID(id string) (Path, bool) {
	for _, p := range entries {
		if p.ID == id {
			return p.clone(), true
		}
	}
	return Path{}, false
}

// clone copies everything p shares by reference: slices and citations.
func (p Path) clone() Path {
	p.Skills = slices.Clone(p.Skills)
	p.Risks = slices.Clone(p.Risks)
	p.Plan = Plan{slices.Clone(p.Plan.Days7), slices.Clone(p.Plan.Days30), slices.Clone(p.Plan.Days90)}
	for _, r := range []*Rated{&p.LearningCurve, &p.UpfrontInvestment, &p.TimeToFirstIncome, &p.Demand,
		&p.Volatility, &p.Flexibility, &p.FutureProofing, &p.PlatformDependency, &p.Commoditisation} {
		r.Cite = r.Cite.clone()
	}
	p.HoursPerWeek.Cite = p.HoursPerWeek.Cite.clone()
	p.Income.Cite = p.Income.Cite.clone()
	p.Fit.Leads = slices.Clone(p.Fit.Leads)
	p.Fit.Fields = slices.Clone(p.Fit.Fields)
	p.Fit.Earning.Cite = p.Fit.Earning.Cite.clone()
	return p
}
