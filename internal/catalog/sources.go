package catalog

// SourceID names one of the articles the app's facts come from.
type SourceID string

// The two source articles.
const (
	// SideHustles is "AI Side Hustles: The New Gold Rush or Just Fool’s Gold?".
	SideHustles SourceID = "side-hustles"
	// MarketingVsAI is the article comparing digital-marketing side hustles with generative-AI jobs.
	MarketingVsAI SourceID = "marketing-vs-ai"
)

// Section is one part of a source that citations can point at.
type Section struct {
	ID    string // slug, unique within its source
	Title string
}

// Source is one article with the sections citations may refer to.
type Source struct {
	ID     SourceID
	Title  string
	Author string // "" when the stored copy does not name one
	// Note says anything a reader should know about the stored copy.
	Note     string
	Sections []Section
}

// Section returns the section with the given slug.
func (s Source) Section(id string) (Section, bool) {
	for _, sec := range s.Sections {
		if sec.ID == id {
			return sec, true
		}
	}
	return Section{}, false
}

// Section slugs of the marketing-vs-ai article, one per heading it prints,
// exported so other packages can cite the articles too.
const (
	SectionLandscape   = "the-digital-marketing-landscape-a-proven-path"
	SectionRise        = "the-rise-of-generative-ai-jobs-a-new-frontier"
	SectionSkills      = "skill-showdown-creativity-strategy-and-technical-prowess"
	SectionIncome      = "income-potential-and-market-demand"
	SectionFlexibility = "path-flexibility-side-hustles-vs-full-time-careers"
	SectionFuture      = "future-proofing-your-career"
	SectionChoice      = "making-the-choice-which-path-is-right-for-you"
	SectionConclusion  = "conclusion"
)

// Section slugs of the side-hustles article. It prints no headings, so these
// are descriptive labels for its paragraphs, in reading order.
const (
	SectionOpening         = "opening"
	SectionUpwork          = "upwork-demand"
	SectionAutonomy        = "autonomy"
	SectionSarah           = "sarahs-story"
	SectionValue           = "value-exchange"
	SectionPattern         = "successful-pattern"
	SectionCommoditisation = "commoditisation"
	SectionRentedLand      = "rented-land"
	SectionQuestions       = "three-questions"
	SectionClosing         = "closing"
)

// Sources returns both source articles with their sections. Each call
// builds fresh values.
func Sources() []Source {
	return []Source{
		{
			ID:     SideHustles,
			Title:  "AI Side Hustles: The New Gold Rush or Just Fool’s Gold?",
			Author: "",
			Note:   "The article has no headings; the section names here are descriptive labels for its paragraphs.",
			Sections: []Section{
				{SectionOpening, "Opening: what AI side hustles are"},
				{SectionUpwork, "Demand: Upwork's figure"},
				{SectionAutonomy, "The pain point: autonomy"},
				{SectionSarah, "Sarah's story"},
				{SectionValue, "Value exchange"},
				{SectionPattern, "The successful pattern"},
				{SectionCommoditisation, "Commoditisation"},
				{SectionRentedLand, "Rented land"},
				{SectionQuestions, "The three questions"},
				{SectionClosing, "Closing: skills that compound"},
			},
		},
		{
			ID:     MarketingVsAI,
			Title:  "Digital marketing side hustles vs. generative AI jobs",
			Author: "",
			Note:   "The stored copy has no headline; this title describes it. Section names are the article’s own headings.",
			Sections: []Section{
				{SectionLandscape, "The Digital Marketing Landscape: A Proven Path"},
				{SectionRise, "The Rise of Generative AI Jobs: A New Frontier"},
				{SectionSkills, "Skill Showdown: Creativity, Strategy, and Technical Prowess"},
				{SectionIncome, "Income Potential and Market Demand"},
				{SectionFlexibility, "Path Flexibility: Side Hustles vs. Full-Time Careers"},
				{SectionFuture, "Future-Proofing Your Career"},
				{SectionChoice, "Making the Choice: Which Path is Right for You?"},
				{SectionConclusion, "Conclusion"},
			},
		},
	}
}

// sources is Sources() built once, for look-ups: every footnote on a page
// resolves its citation.
var sources = Sources()

// SourceByID returns the source with the given ID.
func SourceByID(id SourceID) (Source, bool) {
	for _, s := range sources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// Citation points at a short verbatim quote in one section of a source.
type Citation struct {
	Source  SourceID `json:"source"`
	Section string   `json:"section"` // section slug
	Quote   string   `json:"quote"`   // verbatim, at most MaxQuoteLen characters
}

// MaxQuoteLen bounds a citation's quote so the UI can show it whole.
const MaxQuoteLen = 200

// Anchor returns a stable fragment ID, such as
// "marketing-vs-ai--income-potential-and-market-demand", so footnotes can
// link to that section on the sources page.
func (c Citation) Anchor() string { return string(c.Source) + "--" + c.Section }

func (c *Citation) clone() *Citation {
	if c == nil {
		return nil
	}
	cc := *c
	return &cc
}

// Resolve returns the source and section c points at.
func (c Citation) Resolve() (Source, Section, bool) {
	src, ok := SourceByID(c.Source)
	if !ok {
		return Source{}, Section{}, false
	}
	sec, ok := src.Section(c.Section)
	return src, sec, ok
}

func cite(src SourceID, section, quote string) *Citation {
	return &Citation{Source: src, Section: section, Quote: quote}
}

func mva(section, quote string) *Citation { return cite(MarketingVsAI, section, quote) }

func sh(section, quote string) *Citation { return cite(SideHustles, section, quote) }
