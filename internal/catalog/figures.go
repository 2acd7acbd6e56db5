package catalog

import (
	"slices"
	"strconv"
	"strings"
)

// Public figures: pay from named public primary sources, set beside what
// the articles claim. They live apart from the path literals because they
// come from different sources with their own citations, and each figure
// carries everything a page needs to cite it: publisher, page title, link,
// the verbatim words and the year the figure refers to.
//
// Every row comes from shared/sources/public-figures.md and was re-read
// with the project's search tool before it was relied on (2026-12-02). Rows
// of that file left out here, and why:
//   - BLS Employment Projections, "Occupational projections and worker
//     characteristics" (advertising managers $144,530; all occupations
//     $49,500): the stored page could not be found again to re-read, so
//     paid ads management shows no public figure rather than an unchecked one.
//   - IRS self-employment tax and Upwork's Direct Contracts fee: they are
//     projection inputs, not pay, and belong to the projection defaults.

// Closeness says how near a public figure's occupation is to a path.
type Closeness string

// The three degrees of closeness, nearest first.
const (
	SameWork  Closeness = "same-work"
	CloseWork Closeness = "close"
	Proxy     Closeness = "proxy"
)

// Closenesses returns every degree, nearest first.
func Closenesses() []Closeness { return []Closeness{SameWork, CloseWork, Proxy} }

// Label is the closeness in a few words, for the tag beside a figure.
func (c Closeness) Label() string {
	switch c {
	case SameWork:
		return "Same work"
	case CloseWork:
		return "Close occupation"
	case Proxy:
		return "Proxy"
	}
	return string(c)
}

// Explain says what the closeness means for reading the figure.
func (c Closeness) Explain() string {
	switch c {
	case SameWork:
		return "The figure measures this very work."
	case CloseWork:
		return "The figure measures a neighbouring occupation that does much of the same work."
	case Proxy:
		return "The figure measures a different occupation that shares some of the skills: a rough guide at best."
	}
	return ""
}

func (c Closeness) rank() int { return slices.Index(Closenesses(), c) }

// Measure says what a figure's numbers are.
type Measure string

// The kinds of figure.
const (
	// Median is one value: half earn more, half less. Low == High.
	Median Measure = "median"
	// Range is a low and a high value.
	Range Measure = "range"
	// TopRate is a rate the source says pay reaches: the top, not the typical. Low == High.
	TopRate Measure = "top-rate"
)

// PublicSource is one page a public figure comes from.
type PublicSource struct {
	// ID is a slug, unique among public sources; the sources page anchors on it.
	ID        string
	Publisher string
	// Title is the page's own title, as it prints it.
	Title string
	URL   string
	// Note says anything a reader should know about the page, such as an older edition.
	Note string
}

// Anchor is the fragment the sources page gives this source.
func (s PublicSource) Anchor() string { return "public--" + s.ID }

// Figure is one number, or a low and a high, from a public source, in US dollars.
type Figure struct {
	Source  PublicSource
	Measure Measure
	// Low and High are the values; equal for a median or a top rate.
	Low, High float64
	Unit      string // PerHour or PerYear
	// Occupation is what the figure measures, in the source's own terms.
	Occupation string
	// Year is the year the figure refers to; Period says it as the source
	// does ("May 2022") and always contains Year.
	Year   int
	Period string
	// Quote is the source's own words stating the figure, verbatim.
	Quote string
	// Reading explains the quote where its layout hides the meaning (a table row).
	Reading string
}

// PathFigure is a public figure as it applies to one path.
type PathFigure struct {
	Figure
	Closeness Closeness
	// Note is our remark on how to read the figure for this path; "" when none is needed.
	Note string
}

// Fact is a public statement that gives context to a path's figures
// without being a pay figure itself.
type Fact struct {
	Source PublicSource
	// Year is the year the fact refers to, as the quote states it; 0 for a
	// page that carries no date, which Read then says when we read it.
	Year  int
	Read  int
	Quote string
	// Use says what the app does with the fact when it is more than
	// context, such as "the comparison's default tax rate".
	Use string
}

// When says the fact's year, or that the page is undated and when it was read.
func (f Fact) When() string {
	if f.Year > 0 {
		return strconv.Itoa(f.Year)
	}
	return "undated page, read " + strconv.Itoa(f.Read)
}

// Earnings is everything a page shows about what a path earns: the
// articles' own claim, marked as theirs, beside the nearest public
// figures, each with its citation and closeness, or the plain statement
// that no public figure fits.
type Earnings struct {
	PathID string
	// Article is the articles' claim (provenance FromArticle). Article.Known
	// is false when they state no figure; ArticleText then says so.
	Article Income
	// Figures are the public figures for the path, nearest first
	// (provenance FromPublicSource). Empty means "no public figure".
	Figures []PathFigure
	// NoFigure says why no public figure fits, when Figures is empty.
	NoFigure string
	// Disagreement says, in our words, how the article's claim and the
	// public figures differ; "" when there is nothing to set against each other.
	Disagreement string
	// Context is public facts that help read the figures.
	Context []Fact
}

// NoPublicFigure is the income line of a path without a public figure.
const NoPublicFigure = "No public figure"

// HasPublicFigure reports whether a public figure fits the path.
func (e Earnings) HasPublicFigure() bool { return len(e.Figures) > 0 }

// Nearest returns the public figure closest to the path's work.
func (e Earnings) Nearest() (PathFigure, bool) {
	if len(e.Figures) == 0 {
		return PathFigure{}, false
	}
	return e.Figures[0], true
}

// ArticleText is the articles' claim in words. The catalog's notes say "the
// sources" for the two articles, which beside public sources would be
// ambiguous, so a missing figure is put as "neither article".
func (e Earnings) ArticleText() string {
	return strings.Replace(e.Article.Note, "The sources give no figure for this path", "Neither article gives a figure for this path", 1)
}

// EarningsOf returns what the pages show about p's income. It is the one
// call the result page, the path pages and the comparison need.
func EarningsOf(p Path) Earnings {
	e := Earnings{PathID: p.ID, Article: p.Income}
	e.Article.Cite = p.Income.Cite.clone()
	pe, ok := earnings[p.ID]
	if !ok {
		e.NoFigure = "No public source we could check gives pay for this path."
		return e
	}
	e.Figures = slices.Clone(pe.figures)
	slices.SortStableFunc(e.Figures, func(a, b PathFigure) int { return a.Closeness.rank() - b.Closeness.rank() })
	e.NoFigure = pe.noFigure
	e.Disagreement = pe.disagreement
	e.Context = slices.Clone(pe.context)
	return e
}

// PublicSources returns every public source a figure or fact cites, in the
// order they are declared. Each call builds fresh values.
func PublicSources() []PublicSource {
	return []PublicSource{blsResearchScientists(), blsSoftwareDevelopers(), blsDataScientists(), blsWriters(), blsWritingBlog(), upworkML(),
		IRSSelfEmploymentTax().Source, UpworkDirectContractsFee().Source}
}

// PublicFigures returns every distinct figure the paths use, in source order.
func PublicFigures() []Figure {
	return []Figure{researchScientistsMedian(), softwareDevelopersMedian(), dataScientistsMedian(), writersMedian(),
		upworkMLSalaries(), upworkDataScientistRate()}
}

// PublicFacts returns every context fact the paths use, and the facts
// behind the comparison's defaults.
func PublicFacts() []Fact {
	return []Fact{writersSelfEmployed(), IRSSelfEmploymentTax(), UpworkDirectContractsFee()}
}

// IRSSelfEmploymentTax is the US self-employment tax rate, the comparison's
// default tax on a side hustle's profit.
func IRSSelfEmploymentTax() Fact {
	return Fact{Source: PublicSource{ID: "irs-self-employment-tax", Publisher: "US Internal Revenue Service",
		Title: "Understanding Taxes, Module 14: glossary",
		URL:   "https://apps.irs.gov/app/understandingTaxes/hows/tax_tutorials/mod14/tt_mod14_glossary.jsp?backPage=tt_mod14_01.jsp",
		Note:  "The page carries no date; read in 2026. It states the rate for the US only."},
		Read: 2026, Quote: "The self-employment tax rate is 15.3 percent of self-employment profit.",
		Use: "the comparison’s default tax on a side hustle’s profit (income tax comes on top)"}
}

// UpworkDirectContractsFee is Upwork's fee on Direct Contracts, the
// comparison's default platform fee.
func UpworkDirectContractsFee() Fact {
	return Fact{Source: PublicSource{ID: "upwork-direct-contracts-fee", Publisher: "Upwork",
		Title: "I pay 0% in freelancer fees on Direct Contracts because I subscribe to Freelancer Plus. If I cancel the membership, what happens?",
		URL:   "https://support.upwork.com/hc/en-us/articles/40444525840915-I-pay-0-in-freelancer-fees-on-Direct-Contracts-because-I-subscribe-to-Freelancer-Plus-If-I-cancel-the-membership-what-happens",
		Note:  "A current help article; it gives no date for the fee, and was read in 2026. It is about Direct Contracts; Upwork’s marketplace fee is not stated here."},
		Read: 2026, Quote: "start paying the standard 5% fee on any existing and new ones",
		Use: "the comparison’s default platform fee"}
}

// The sources.

func blsResearchScientists() PublicSource {
	return PublicSource{ID: "bls-ooh-computer-research-scientists", Publisher: "US Bureau of Labor Statistics",
		Title: "Occupational Outlook Handbook: Computer and Information Research Scientists",
		URL:   "https://www.bls.gov/ooh/computer-and-information-technology/computer-and-information-research-scientists.htm",
		Note:  "The stored edition gives 2022 pay; newer editions may differ."}
}

func blsSoftwareDevelopers() PublicSource {
	return PublicSource{ID: "bls-ooh-software-developers", Publisher: "US Bureau of Labor Statistics",
		Title: "Occupational Outlook Handbook: Software Developers, Quality Assurance Analysts, and Testers",
		URL:   "https://www.bls.gov/ooh/Computer-and-Information-Technology/Software-developers.htm",
		Note:  "The stored edition gives 2023 pay; newer editions may differ."}
}

func blsDataScientists() PublicSource {
	return PublicSource{ID: "bls-ted-data-scientists", Publisher: "US Bureau of Labor Statistics",
		Title: "The Economics Daily (March 14, 2024): More than half of new jobs in math occupations expected to be for data scientists",
		URL:   "https://www.bls.gov/opub/ted/2024/more-than-half-of-new-jobs-in-math-occupations-expected-to-be-for-data-scientists.htm"}
}

func blsWriters() PublicSource {
	return PublicSource{ID: "bls-ooh-writers-and-authors", Publisher: "US Bureau of Labor Statistics",
		Title: "Occupational Outlook Handbook: Writers and Authors",
		URL:   "https://www.bls.gov/ooh/media-and-communication/writers-and-authors.htm",
		Note:  "An older stored edition, with 2018 pay; newer editions may differ."}
}

func blsWritingBlog() PublicSource {
	return PublicSource{ID: "bls-blog-writing-skills", Publisher: "US Bureau of Labor Statistics",
		Title: "Commissioner’s Corner blog: Put Your Writing Skills to Work",
		URL:   "https://blogs.bls.gov/blog/category/career-outlook/"}
}

func upworkML() PublicSource {
	return PublicSource{ID: "upwork-highest-paying-ml-jobs", Publisher: "Upwork",
		Title: "The 6 Highest-Paying Machine Learning Jobs in 2026",
		URL:   "https://www.upwork.com/resources/highest-paying-machine-learning-jobs",
		Note:  "A freelance marketplace’s own guide, not an official statistic; it says its hourly rates vary over time."}
}

// The figures.

func researchScientistsMedian() Figure {
	return Figure{Source: blsResearchScientists(), Measure: Median, Low: 136620, High: 136620, Unit: PerYear,
		Occupation: "Computer and information research scientists", Year: 2022, Period: "May 2022",
		Quote: "The median annual wage for computer and information research scientists was $136,620 in May 2022."}
}

func softwareDevelopersMedian() Figure {
	return Figure{Source: blsSoftwareDevelopers(), Measure: Median, Low: 132270, High: 132270, Unit: PerYear,
		Occupation: "Software developers", Year: 2023, Period: "May 2023",
		Quote: "The median annual wage for software developers was $132,270 in May 2023."}
}

func dataScientistsMedian() Figure {
	return Figure{Source: blsDataScientists(), Measure: Median, Low: 103500, High: 103500, Unit: PerYear,
		Occupation: "Data scientists", Year: 2022, Period: "2022",
		Quote:   "Data scientists 58.2 59,400 103,500 Bachelor's degree",
		Reading: "A row of the page’s table: share of new math jobs (58.2%), new jobs 2022–32 (59,400), median annual wage in 2022 in dollars (103,500), typical entry-level education."}
}

func writersMedian() Figure {
	return Figure{Source: blsWriters(), Measure: Median, Low: 62170, High: 62170, Unit: PerYear,
		Occupation: "Writers and authors", Year: 2018, Period: "May 2018",
		Quote: "The median annual wage for writers and authors was $62,170 in May 2018."}
}

func upworkMLSalaries() Figure {
	return Figure{Source: upworkML(), Measure: Range, Low: 88922, High: 146926, Unit: PerYear,
		Occupation: "The six highest-paying machine learning jobs (US base salaries)", Year: 2026, Period: "2026",
		Quote: "The highest-paying machine learning jobs in 2026 offer salary ranges averaging from $88,922 up to $146,926 per year."}
}

func upworkDataScientistRate() Figure {
	return Figure{Source: upworkML(), Measure: TopRate, Low: 250, High: 250, Unit: PerHour,
		Occupation: "Freelance data scientists on Upwork", Year: 2026, Period: "2026",
		Quote: "Data scientists and computer vision engineers have hourly rates reaching $250 and $200 respectively."}
}

func writersSelfEmployed() Fact {
	return Fact{Source: blsWritingBlog(), Year: 2014, Quote: "About two-thirds of writers and authors were self-employed in 2014"}
}

// pathEarnings is one path's public side of the income line.
type pathEarnings struct {
	figures      []PathFigure
	noFigure     string
	disagreement string
	context      []Fact
}

// earnings is every path's public figures by path ID, built once.
var earnings = pathEarningsByID()

// pathEarningsByID maps each path to its public figures, nearest first, or
// to the reason none fits. Closeness follows public-figures.md, which also
// sets the prompt engineer's range beside both the software developers' and
// the research scientists' medians; the notes and the disagreement
// sentences are ours.
func pathEarningsByID() map[string]pathEarnings {
	at := func(f Figure, c Closeness, note string) PathFigure {
		return PathFigure{Figure: f, Closeness: c, Note: note}
	}
	writing := []Fact{writersSelfEmployed()}
	return map[string]pathEarnings{
		"social-media-management": {noFigure: "No primary source we could check publishes pay for freelance social media management."},
		"seo-consulting":          {noFigure: "No primary source we could check gives pay for SEO consultants: the nearest occupation (Search Marketing Strategists, O*NET 13-1161.01) had no wage we could read. The article’s rates name no primary source either."},
		"email-marketing": {figures: []PathFigure{
			at(writersMedian(), Proxy, "Email sequences and newsletters are writing work, but the median covers writers and authors of every kind, and email marketing is more than writing."),
		}},
		"paid-ads": {noFigure: "The nearest official figure we found is for advertising and marketing managers, whose pay would overstate a freelancer’s, and we could not re-check its page, so none is shown."},
		"copywriting": {figures: []PathFigure{
			at(writersMedian(), SameWork, "Writers and authors include advertising copywriters; the figure is a yearly median, not a freelance rate."),
		}, context: writing},

		"prompt-engineer": {figures: []PathFigure{
			at(softwareDevelopersMedian(), Proxy, "No official occupation is prompt engineering itself; software development is the nearest technical job with a published median."),
			at(researchScientistsMedian(), Proxy, "A second proxy, for the research end of the work."),
		}, disagreement: "They disagree. The article’s $175,000–$300,000 a year comes from unnamed “industry reports”; the nearest official medians, $132,270 (software developers, May 2023) and $136,620 (computer and information research scientists, May 2022), are below the bottom of its range."},
		"ai-ethics-specialist": {noFigure: "There is no official occupation for AI ethics specialists, so no public figure fits."},
		"ml-engineer-generative": {figures: []PathFigure{
			at(researchScientistsMedian(), CloseWork, ""),
			at(upworkMLSalaries(), CloseWork, "Averages across six machine learning roles, not generative models alone."),
		}, disagreement: "They disagree. The article gives no number for this role, only that it commands even higher compensation than prompt engineers’ $175,000–$300,000 a year. The public figures are lower: a median of $136,620 a year (May 2022) and salary ranges averaging $88,922–$146,926 a year (2026)."},
		"ai-research-scientist": {figures: []PathFigure{
			at(researchScientistsMedian(), CloseWork, "The occupation covers computing research in general, not AI alone."),
		}, disagreement: "They disagree. The article gives no number for this role, only that it commands even higher compensation than prompt engineers’ $175,000–$300,000 a year. The nearest official median is lower: $136,620 a year (May 2022)."},

		"ai-consulting": {figures: []PathFigure{
			at(upworkDataScientistRate(), Proxy, "A top freelance rate for data scientists, not a typical consulting rate; no official figure covers AI consultants."),
		}},
		"ai-market-research": {figures: []PathFigure{
			at(dataScientistsMedian(), Proxy, "Data scientists’ yearly median; research done with AI tools uses only part of their skills."),
		}},
		"custom-chatbots": {figures: []PathFigure{
			at(softwareDevelopersMedian(), CloseWork, "A yearly wage median, not a freelance project rate."),
		}},
		"ai-micro-saas": {figures: []PathFigure{
			at(softwareDevelopersMedian(), Proxy, "A product earns revenue, not a wage: this is what the same skills earn in a job."),
		}},
		"ai-content-creation": {figures: []PathFigure{
			at(writersMedian(), CloseWork, "Writers and authors of every kind; content drafted with AI tools is one part of that work."),
		}, context: writing},
		"custom-models": {figures: []PathFigure{
			at(dataScientistsMedian(), CloseWork, "A yearly wage median, not a freelance rate."),
			at(upworkDataScientistRate(), CloseWork, "The top of freelance data scientists’ rates on Upwork, not a typical rate."),
			at(researchScientistsMedian(), Proxy, ""),
		}},
		"ai-copywriting": {figures: []PathFigure{
			at(writersMedian(), CloseWork, "Writers and authors include advertising copywriters; the figure is a yearly median, not a freelance rate."),
		}, context: writing},
	}
}
