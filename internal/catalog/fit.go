package catalog

import "slices"

// Outcome is something a person can want a path to lead to. The values are
// the options of the questionnaire's "What would you like this to lead to?"
// question (a test ties the two together).
type Outcome string

// The outcomes a path can lead to.
const (
	ExtraIncome  Outcome = "extra-income"
	CareerChange Outcome = "career-change"
	OwnBusiness  Outcome = "own-business"
	Compounding  Outcome = "skills"
)

// Outcomes returns every outcome in questionnaire order.
func Outcomes() []Outcome { return []Outcome{ExtraIncome, CareerChange, OwnBusiness, Compounding} }

// Fit is what the scoring model weighs a person's answers against beyond
// the nine comparison axes. Every field is our own reading of the path,
// not a figure from the sources, and the pages say so.
type Fit struct {
	// Lean places the day-to-day work between marketing craft (0: words,
	// campaigns, clients) and model internals (1: code and mathematics),
	// the two profiles the second article's "Making the Choice" describes.
	Lean    float64
	LeanWhy string
	// Hours is our estimate of the weekly hours that keep the path moving
	// beside a day job (for a full-time role: the study hours before a
	// switch). The sources give no weekly figure for any path.
	Hours int
	// Earning is how high the path's income can go, 1–5, with what the
	// sources say about it.
	Earning Rated
	// Leads lists the outcomes the path can lead to.
	Leads []Outcome
	// ToolUse is how much the work itself runs on AI tools, from 0 (none)
	// to 1 (it is the work).
	ToolUse float64
	// Fields are the fields whose work this path is, from [FieldMatches].
	Fields []Field
}

// InField reports whether the path's work is in field f.
func (f Fit) InField(field Field) bool { return slices.Contains(f.Fields, field) }

// LeadsTo reports whether the path can lead to o.
func (f Fit) LeadsTo(o Outcome) bool { return slices.Contains(f.Leads, o) }

// HoursWhy explains every path's weekly-hours estimate.
const HoursWhy = "Our estimate of the weekly hours that keep this path moving beside a day job (for a full-time role, the study hours before a switch). The sources give no weekly figure for any path."

// fits holds each path's Fit, by path ID. They live apart from the path
// literals because they are the scoring model's inputs, our judgement, and
// change with the model rather than with what the sources say.
func fits() map[string]Fit {
	agency := []Outcome{ExtraIncome, OwnBusiness, Compounding}
	mktEarning := Rated{3,
		"Income is tied to winning and keeping clients and to delivering results; the sources give figures for SEO only.",
		mva(SectionIncome, "income is often directly tied to your ability to attract and retain clients and, crucially, to deliver results")}
	jobEarning := Rated{5,
		"The entry-level bar is higher, and so are the starting salaries; the article cites $175,000–$300,000 a year for prompt engineers and more for machine learning engineers and research scientists.",
		mva(SectionIncome, "For generative AI jobs, the entry-level bar for technical roles is higher, and so are the starting salaries.")}
	hybridEarning := Rated{3,
		"The sources give no figures; their one example, Sarah, earned enough to cover her mortgage payments within three months.",
		sh(SectionSarah, "Within three months, she was making enough to cover her mortgage payments.")}
	return map[string]Fit{
		"social-media-management": {Lean: 0.1, LeanWhy: "Content calendars, captions and campaigns for clients: craft, not code.",
			Hours: 8, Earning: mktEarning, Leads: agency, ToolUse: 0.25},
		"seo-consulting": {Lean: 0.3, LeanWhy: "Keyword research and technical, on-page fixes: the most technical marketing path.",
			Hours: 10, Leads: agency, ToolUse: 0.25,
			Earning: Rated{4,
				"A freelance SEO specialist might start at $50 an hour and scale to $150+ an hour, or to retainers of $3,000–$5,000 a month per client, with a track record.",
				mva(SectionIncome, "A freelance SEO specialist might start at $50 per hour but can scale to $150+ per hour or retainer fees of $3,000-$5,000 per month per client as they build a track record of success.")}},
		"email-marketing": {Lean: 0.1, LeanWhy: "Sequences, newsletters and lead magnets: writing with light automation.",
			Hours: 6, Earning: mktEarning, Leads: agency, ToolUse: 0.25},
		"paid-ads": {Lean: 0.2, LeanWhy: "Campaign data and return on ad spend: numbers, but no code.",
			Hours: 8, Earning: mktEarning, Leads: agency, ToolUse: 0.25},
		"copywriting": {Lean: 0, LeanWhy: "Pure craft: words that move people to buy.",
			Hours: 6, Earning: mktEarning, Leads: []Outcome{ExtraIncome}, ToolUse: 0.25},

		"prompt-engineer": {Lean: 0.6, LeanWhy: "Precise prompts that steer models, with Python often expected.",
			Hours: 10, Earning: jobEarning, Leads: []Outcome{CareerChange}, ToolUse: 1},
		"ai-ethics-specialist": {Lean: 0.6, LeanWhy: "Judging whether models are fair and unbiased, with some code and statistics.",
			Hours: 10, Leads: []Outcome{CareerChange}, ToolUse: 0.5,
			Earning: Rated{4,
				"The sources give no figure for this role; the higher starting salaries they describe are for technical roles.",
				mva(SectionIncome, "For generative AI jobs, the entry-level bar for technical roles is higher, and so are the starting salaries.")}},
		"ml-engineer-generative": {Lean: 1, LeanWhy: "The architecture, training and fine-tuning of generative models.",
			Hours: 15, Earning: jobEarning, Leads: []Outcome{CareerChange, Compounding}, ToolUse: 0.5},
		"ai-research-scientist": {Lean: 1, LeanWhy: "The underlying principles of AI: mathematics first, code as the tool.",
			Hours: 15, Earning: jobEarning, Leads: []Outcome{CareerChange, Compounding}, ToolUse: 0.5},

		"ai-consulting": {Lean: 0.35, LeanWhy: "AI tools put to work inside a familiar business.",
			Hours: 8, Earning: hybridEarning, Leads: agency, ToolUse: 1},
		"ai-market-research": {Lean: 0.3, LeanWhy: "Research done with AI tools and checked with human judgement.",
			Hours: 8, Earning: hybridEarning, Leads: agency, ToolUse: 1},
		"custom-chatbots": {Lean: 0.7, LeanWhy: "Building and maintaining bots: programming first.",
			Hours: 10, Earning: hybridEarning, Leads: []Outcome{ExtraIncome, OwnBusiness}, ToolUse: 1},
		"ai-micro-saas": {Lean: 0.75, LeanWhy: "Building a small product: programming and product sense.",
			Hours: 12, Earning: hybridEarning, Leads: []Outcome{OwnBusiness}, ToolUse: 1},
		"ai-content-creation": {Lean: 0.15, LeanWhy: "Writing and editing, with AI for speed.",
			Hours: 6, Earning: hybridEarning, Leads: []Outcome{ExtraIncome}, ToolUse: 1},
		"custom-models": {Lean: 0.9, LeanWhy: "Training and fine-tuning models for one business's need.",
			Hours: 12, Leads: []Outcome{ExtraIncome, OwnBusiness, Compounding}, ToolUse: 1,
			Earning: Rated{4,
				"Model work is the skill set behind the best-paid AI roles; the sources give no figure for it as a side hustle.",
				mva(SectionIncome, "prompt engineers can earn between $175,000 and $300,000 per year, while AI research scientists and machine learning engineers command even higher compensation")}},
		"ai-copywriting": {Lean: 0.15, LeanWhy: "Copywriting, with AI drafts and a human edit.",
			Hours: 6, Earning: hybridEarning, Leads: []Outcome{ExtraIncome}, ToolUse: 1},
	}
}

// withFits attaches each path's Fit; a path without one would score as if
// it asked nothing, so the catalog tests require one for every path.
func withFits(ps []Path) []Path {
	f := fits()
	for i := range ps {
		ps[i].Fit = f[ps[i].ID]
		ps[i].Fit.Fields = fieldsOf(ps[i].ID)
	}
	return ps
}
