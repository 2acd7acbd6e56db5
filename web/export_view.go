package web

import (
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
)

// The exports carry the same provenance labels as the pages (issue 14):
// whoever reads a downloaded file can tell an article's claim from a public
// figure, our assumption and the person's own answer without the app.

// LabelledInput is one projection input with where its value comes from.
type LabelledInput struct {
	Key             string             `json:"key"`
	Label           string             `json:"label"`
	Value           float64            `json:"value"`
	Unit            string             `json:"unit"`
	Provenance      catalog.Provenance `json:"provenance"`
	ProvenanceLabel string             `json:"provenance_label"`
	// Source names the page a public-source value comes from, or the
	// article passage an article's value rests on.
	Source *exportSource `json:"source,omitempty"`
}

type exportSource struct {
	Publisher string `json:"publisher,omitempty"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	// Article and Section point into one of the two source articles.
	Article string `json:"article,omitempty"`
	Section string `json:"section,omitempty"`
	Quote   string `json:"quote,omitempty"`
}

func publicSourceOf(s catalog.PublicSource) *exportSource {
	return &exportSource{Publisher: s.Publisher, Title: s.Title, URL: s.URL}
}

func articleSourceOf(c *catalog.Citation) *exportSource {
	if c == nil {
		return nil
	}
	out := &exportSource{Article: string(c.Source), Section: c.Section, Quote: c.Quote}
	if src, sec, ok := c.Resolve(); ok {
		out.Title, out.Section = src.Title, sec.Title
	}
	return out
}

// LabelledInputs is every input behind a comparison's projection, each with
// the default's provenance while its value is unchanged, else the owner's
// own entry.
func LabelledInputs(s compare.Comparison, answers questionnaire.Answers) []LabelledInput {
	d := compare.Defaults(s.CatalogPaths(), answers)
	var out []LabelledInput
	for _, in := range compare.Inputs() {
		if !in.Counts(s) {
			continue
		}
		li := LabelledInput{Key: in.Key, Label: in.Label, Value: in.Value(s), Unit: in.UnitIn(s.Country()), Provenance: catalog.FromAnswer}
		if def := d.For(in.Key); def.From != "" && def.Value == li.Value && !def.Ask {
			li.Provenance = def.From
			switch {
			case def.Source != nil:
				li.Source = publicSourceOf(*def.Source)
			case def.Cite != nil:
				li.Source = articleSourceOf(def.Cite)
			}
		}
		li.ProvenanceLabel = li.Provenance.Label()
		out = append(out, li)
	}
	return out
}

// PathEarnings is what a path earns by every source, for an export.
type PathEarnings struct {
	Path           string         `json:"path"`
	ArticleClaim   *articleClaim  `json:"article_claim,omitempty"`
	PublicFigures  []publicFigure `json:"public_figures,omitempty"`
	NoPublicFigure string         `json:"no_public_figure,omitempty"`
	Disagreement   *ourJudgement  `json:"disagreement,omitempty"`
}

type articleClaim struct {
	Provenance catalog.Provenance `json:"provenance"`
	Low        float64            `json:"low"`
	High       float64            `json:"high"`
	OpenEnded  bool               `json:"open_ended,omitempty"`
	Unit       string             `json:"unit"`
	Source     *exportSource      `json:"source,omitempty"`
}

type publicFigure struct {
	Provenance catalog.Provenance `json:"provenance"`
	Measure    catalog.Measure    `json:"measure"`
	Low        float64            `json:"low"`
	High       float64            `json:"high"`
	Unit       string             `json:"unit"`
	Occupation string             `json:"occupation"`
	Year       int                `json:"year"`
	Period     string             `json:"period"`
	Closeness  catalog.Closeness  `json:"closeness"`
	Quote      string             `json:"quote"`
	Source     *exportSource      `json:"source"`
}

type ourJudgement struct {
	Provenance catalog.Provenance `json:"provenance"`
	Text       string             `json:"text"`
}

// EarningsOf lists what each of the result's explained paths earns, with
// provenance, in the result's order.
func EarningsOf(snap recommendation.Snapshot) []PathEarnings {
	var out []PathEarnings
	for _, pf := range snap.Paths {
		p, ok := catalog.ByID(pf.ID)
		if !ok || pf.Facts == nil {
			continue
		}
		out = append(out, earningsExport(catalog.EarningsOf(p)))
	}
	return out
}

func earningsExport(e catalog.Earnings) PathEarnings {
	pe := PathEarnings{Path: e.PathID}
	if a := e.Article; a.Known {
		pe.ArticleClaim = &articleClaim{Provenance: catalog.FromArticle, Low: a.Low, High: a.High, OpenEnded: a.OpenEnded,
			Unit: a.Unit, Source: articleSourceOf(a.Cite)}
	}
	for _, f := range e.Figures {
		pe.PublicFigures = append(pe.PublicFigures, publicFigure{Provenance: catalog.FromPublicSource, Measure: f.Measure,
			Low: f.Low, High: f.High, Unit: f.Unit, Occupation: f.Occupation, Year: f.Year, Period: f.Period,
			Closeness: f.Closeness, Quote: f.Quote, Source: publicSourceOf(f.Source)})
	}
	if !e.HasPublicFigure() {
		pe.NoPublicFigure = e.NoFigure
	}
	if e.Disagreement != "" {
		pe.Disagreement = &ourJudgement{Provenance: catalog.FromUs, Text: e.Disagreement}
	}
	return pe
}
