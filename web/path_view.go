package web

import (
	"slices"
	"strconv"
	"strings"

	"github.com/crossroads/crossroads/internal/catalog"
)

// The path pages' view models, built from catalog data alone. earningsView
// is also what the result page and the comparison use to show a path's
// income line with its provenance.

func pathPagePath(id string) string { return "/paths/" + id }

const pathListPath = "/paths"

// earningsView turns a path's earnings into the income line every page
// shows: the articles' claim beside the nearest public figures.
func earningsView(e catalog.Earnings) EarningsView {
	v := EarningsView{
		Article: ArticleClaim{
			Amount: ArticleAmount(e.Article),
			Text:   e.ArticleText(),
			Source: sourceRef(e.Article.Cite),
		},
		NoFigure:     e.NoFigure,
		Disagreement: e.Disagreement,
	}
	if e.Article.Cite != nil {
		v.Article.Quote = e.Article.Cite.Quote
	}
	for _, f := range e.Figures {
		v.Figures = append(v.Figures, PublicFigure{
			Amount: FigureAmount(f.Figure), Measure: MeasureLabel(f.Measure), Occupation: f.Occupation,
			Closeness: f.Closeness.Label(), ClosenessWhy: f.Closeness.Explain(),
			Publisher: f.Source.Publisher, Title: f.Source.Title, URL: f.Source.URL, Period: f.Period,
			Quote: f.Quote, Reading: f.Reading, Note: f.Note,
			SourcesURL: "/sources#" + f.Source.Anchor(),
		})
	}
	for _, c := range e.Context {
		v.Context = append(v.Context, PublicFact{Quote: c.Quote, Publisher: c.Source.Publisher,
			Title: c.Source.Title, URL: c.Source.URL, Year: c.When()})
	}
	return v
}

// PathIndexView is the /paths page.
func PathIndexView() PathIndex {
	var v PathIndex
	groups := map[catalog.Track]*PathTrackGroup{}
	for _, tr := range catalog.Tracks() {
		v.Tracks = append(v.Tracks, PathTrackGroup{Track: string(tr), Label: tr.Label(), Summary: tr.Summary()})
	}
	for i := range v.Tracks {
		groups[catalog.Track(v.Tracks[i].Track)] = &v.Tracks[i]
	}
	for _, p := range catalog.All() {
		e := catalog.EarningsOf(p)
		s := PathSummary{URL: pathPagePath(p.ID), Name: p.Name, Summary: p.Summary, Mode: p.Mode.Label(),
			Article: ArticleAmount(e.Article)}
		// A side hustle's line is the rate it bills, never a salary; a
		// job's its yearly pay.
		switch p.Mode {
		case catalog.SideHustle:
			v.SideHustles++
			r, _, ok := catalog.RateOf(p.ID)
			s.SideHustle, s.NoRate = true, !ok
			if ok {
				v.RatesShown++
				l := rateLine(r.Source)
				s.Rate, s.RateDetail = l.Amount, shortPublisher(r.Source.Source)+", "+l.Period+" · "+r.Closeness.Label()
				if l.ReportedNote != "" {
					s.RateDetail += " · " + l.ReportedNote
				}
			}
		default:
			v.Jobs++
			if f, ok := e.Nearest(); ok {
				v.FiguresShown++
				s.Public = FigureAmount(f.Figure)
				s.PublicDetail = shortPublisher(f.Source) + ", " + f.Period + " · " + f.Closeness.Label()
			}
		}
		v.PathCount++
		groups[p.Track].Paths = append(groups[p.Track].Paths, s)
	}
	return v
}

// shortPublisher is the publisher's usual short name, for brief lines.
func shortPublisher(s catalog.PublicSource) string {
	if s.Publisher == "US Bureau of Labor Statistics" {
		return "BLS"
	}
	return s.Publisher
}

// PathDetailView is one path's page.
func PathDetailView(p catalog.Path) PathDetail {
	v := PathDetail{
		ID: p.ID, Name: p.Name, Track: string(p.Track), TrackLabel: p.Track.Label(), TrackSummary: p.Track.Summary(),
		Mode: p.Mode.Label(), Summary: p.Summary, Work: p.Fit.LeanWhy,
		Earnings: earningsView(catalog.EarningsOf(p)),
		Hours: PathHours{
			Estimate: p.Fit.Hours, Why: catalog.HoursWhy,
			Article: p.HoursPerWeek.Text, Source: sourceRef(p.HoursPerWeek.Cite),
		},
		Plan7: p.Plan.Days7, Plan30: p.Plan.Days30, Plan90: p.Plan.Days90,
		ListURL: pathListPath, AssessmentURL: "/assessments/new",
		CompareURL: ComparisonNewPath(p.ID),
		Bills:      pathBills(p),
	}
	v.EarningsHeading, v.EarningsIntro = earningsHeading(p)
	if p.HoursPerWeek.Cite != nil {
		v.Hours.Quote = p.HoursPerWeek.Cite.Quote
	}
	if p.Mode == catalog.SideHustle {
		v.CanvasURL = "/canvases/new?path=" + p.ID
	}
	for _, s := range p.Skills {
		v.Skills = append(v.Skills, PathSkill{Label: s.Skill.Label(), Level: s.Level})
	}
	// The nine axes, split by what a reader asks of them: what the path
	// asks of a person, how it rates as an opportunity, and what can go wrong.
	sections := map[string]*[]PathRating{
		"learning-curve": &v.Asks, "upfront-investment": &v.Asks, "time-to-first-income": &v.Asks,
		"demand": &v.Ratings, "flexibility": &v.Ratings, "future-proofing": &v.Ratings,
		"platform-dependency": &v.Risks, "commoditisation": &v.Risks, "volatility": &v.Risks,
	}
	for _, a := range catalog.Axes() {
		r, _ := p.Rating(a.ID)
		*sections[a.ID] = append(*sections[a.ID], ratingView(a.Label, levelText(r.Level, a), r))
	}
	earning := catalog.Axis{Label: "Earning potential", LowMeans: "modest", HighMeans: "high"}
	v.Ratings = append(v.Ratings, ratingView(earning.Label, levelText(p.Fit.Earning.Level, earning), p.Fit.Earning))
	return v
}

func ratingView(label, level string, r catalog.Rated) PathRating {
	pr := PathRating{Label: label, Level: level, Text: r.Text, Source: sourceRef(r.Cite)}
	if r.Cite != nil {
		pr.Quote = r.Cite.Quote
	}
	return pr
}

// PublicSourceDocs lists every public source with its figures and the
// paths that show each, for the sources page.
func PublicSourceDocs() []PublicSourceDoc {
	usedBy := map[catalog.Figure][]string{}
	for _, p := range catalog.All() {
		for _, f := range catalog.EarningsOf(p).Figures {
			usedBy[f.Figure] = append(usedBy[f.Figure], p.Name+" ("+strings.ToLower(f.Closeness.Label())+")")
		}
	}
	var docs []PublicSourceDoc
	for _, s := range catalog.PublicSources() {
		d := PublicSourceDoc{Anchor: s.Anchor(), Publisher: s.Publisher, Title: s.Title, URL: s.URL, Note: s.Note}
		for _, f := range catalog.PublicFigures() {
			if f.Source.ID == s.ID {
				d.Figures = append(d.Figures, PublicSourceFigure{Amount: FigureAmount(f), Measure: MeasureLabel(f.Measure),
					Occupation: f.Occupation, Period: f.Period, Quote: f.Quote, Reading: f.Reading, UsedBy: usedBy[f]})
			}
		}
		for _, c := range catalog.PublicFacts() {
			if c.Source.ID == s.ID {
				d.Facts = append(d.Facts, PublicFact{Quote: c.Quote, Publisher: s.Publisher, Title: s.Title, URL: s.URL, Year: c.When(), Use: c.Use})
			}
		}
		docs = append(docs, d)
	}
	return append(docs, rateSourceDocs()...)
}

// rateSourceDocs lists the pages the side hustles' planning rates come
// from, with each rate and the paths that plan with it or show it beside.
func rateSourceDocs() []PublicSourceDoc {
	type use struct {
		fig   catalog.RateFigure
		paths []string
	}
	var order []string
	uses := map[string]*use{} // by source, occupation and value
	add := func(f catalog.RateFigure, who string) {
		key := f.Source.ID + "\x00" + f.Occupation + "\x00" + strconv.FormatFloat(f.Low, 'f', 2, 64)
		u, ok := uses[key]
		if !ok {
			u = &use{fig: f}
			uses[key] = u
			order = append(order, key)
		}
		if !slices.Contains(u.paths, who) {
			u.paths = append(u.paths, who)
		}
	}
	for _, p := range catalog.All() {
		r, _, ok := catalog.RateOf(p.ID)
		if !ok {
			continue
		}
		add(r.Source, p.Name+" (planning rate; "+strings.ToLower(r.Closeness.Label())+")")
		if r.Retainer != nil {
			add(*r.Retainer, p.Name+" (retainer)")
		}
		for _, b := range r.Beside {
			add(b, p.Name+" (shown beside)")
		}
	}
	var docs []PublicSourceDoc
	for _, s := range catalog.RateSources() {
		d := PublicSourceDoc{Anchor: s.Anchor(), Publisher: s.Publisher, Title: s.Title, URL: s.URL, Note: s.Note}
		for _, key := range order {
			u := uses[key]
			if u.fig.Source.ID != s.ID {
				continue
			}
			occupation := u.fig.Occupation
			if u.fig.ReportedBy != "" {
				occupation += " (reported by " + u.fig.ReportedBy + ")"
			}
			d.Figures = append(d.Figures, PublicSourceFigure{Amount: RateAmount(u.fig), Measure: MeasureLabel(u.fig.Measure),
				Occupation: occupation, Period: u.fig.Period, Quote: u.fig.Quote, Reading: u.fig.Reading, UsedBy: u.paths})
		}
		docs = append(docs, d)
	}
	return docs
}
