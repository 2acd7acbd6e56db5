package catalog

// Provenance says where a statement on a page comes from. Every page that
// shows a figure or a rating labels it with one of these kinds, in the same
// words, so a reader learns the vocabulary once: the result page, the path
// pages, the comparison and the exports all use it.
type Provenance string

// The kinds of provenance, in the order a legend lists them.
const (
	// FromArticle is what one of the two source articles claims, quoted.
	FromArticle Provenance = "article"
	// FromPublicSource is a figure from a named public source, with the year it refers to.
	FromPublicSource Provenance = "public-source"
	// FromUs is our own assumption or judgement: a rating, weight or estimate.
	FromUs Provenance = "ours"
	// FromAnswer is what the person answered or typed in.
	FromAnswer Provenance = "answer"
)

// Provenances returns every kind in legend order.
func Provenances() []Provenance {
	return []Provenance{FromArticle, FromPublicSource, FromUs, FromAnswer}
}

// Valid reports whether p is one of the known kinds.
func (p Provenance) Valid() bool {
	switch p {
	case FromArticle, FromPublicSource, FromUs, FromAnswer:
		return true
	}
	return false
}

// Label is the short tag shown beside a statement. A public source's tag is
// followed on the page by the publisher and the year its figure refers to.
// The answer label stays neutral ("Answer given") so it reads the same on
// an owner's page and on a share page.
func (p Provenance) Label() string {
	switch p {
	case FromArticle:
		return "The article’s claim"
	case FromPublicSource:
		return "Public source"
	case FromUs:
		return "Our judgement"
	case FromAnswer:
		return "Answer given"
	}
	return string(p)
}

// Explain is one sentence that says what the label means, for legends and
// the sources page. Neutral voice: these also appear on public pages.
func (p Provenance) Explain() string {
	switch p {
	case FromArticle:
		return "What one of the two source articles says, quoted word for word; the articles name no primary source for most of their figures."
	case FromPublicSource:
		return "A figure from a named public source such as the US Bureau of Labor Statistics, with the year it refers to and how close its occupation is to the path."
	case FromUs:
		return "A rating, estimate or assumption Crossroads chose; the articles and public sources give no such number, so it is marked as ours."
	case FromAnswer:
		return "What the person answered in the questionnaire or typed into a form, used as given."
	}
	return ""
}
