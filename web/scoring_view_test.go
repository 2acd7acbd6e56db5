package web_test

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/web"
)

func scoringPage(t *testing.T, m scoring.ModelDoc) string {
	t.Helper()
	return render(t, web.ScoringPage(web.ScoringDocOf(m, questionnaire.Default())))
}

// section is the markup from the heading with id to the next h2.
func section(t *testing.T, page, id string) string {
	t.Helper()
	start := strings.Index(page, `<h2 id="`+id+`">`)
	if start < 0 {
		t.Fatalf("no section #%s on the page", id)
	}
	rest := page[start+1:]
	if end := strings.Index(rest, "<h2"); end >= 0 {
		rest = rest[:end]
	}
	return rest
}

// said is what a reader reads of a page, its runs of space and line breaks
// made one space.
func said(page string) string { return strings.Join(strings.Fields(text(page)), " ") }

func mustSay(t *testing.T, where, got, want string) {
	t.Helper()
	if !strings.Contains(got, want) {
		t.Errorf("%s does not say %q", where, want)
	}
}

// TestScoringPageExplainsModelThree: the page explains the model the code
// runs (vetoes, costs, the field match, the scale and the fit-word bands),
// each from the model's own data and each labelled as our judgement.
func TestScoringPageExplainsModelThree(t *testing.T) {
	m := scoring.Model()
	page := scoringPage(t, m)
	all := said(page)

	if strings.Contains(all, "loses 0 points") {
		t.Error("the page still describes a veto as a loss of points; model 3 only ranks a broken must-have after the rest")
	}
	mustSay(t, "the page", all, "ranks after every path that breaks fewer, and keeps its score")

	vetoes := said(section(t, page, "must-haves"))
	mustSay(t, "the must-haves", vetoes, m.ClashWhy)
	mustSay(t, "the must-haves", vetoes, m.CostWhy)
	for _, mh := range m.MustHaves {
		mustSay(t, "the must-haves", vetoes, mh.When)
		cost := strings.TrimSuffix(mh.Moderate, ".") + ", up to " + strconv.FormatFloat(mh.CostPoints, 'f', -1, 64) + " points."
		mustSay(t, "the must-haves", vetoes, cost)
	}

	field := section(t, page, "field")
	mustSay(t, "the field match", said(field), m.FieldWhy)
	// The articles' own example: Sarah's market research.
	if !regexp.MustCompile(`<dt>Market research</dt><dd><strong>[^<]*AI-assisted market research`).MatchString(field) {
		t.Error(`the field match does not send "Market research" to AI-assisted market research`)
	}
	for _, fm := range m.Fields {
		for _, id := range fm.Paths {
			p, _ := catalog.ByID(id)
			mustSay(t, "the field match", said(field), p.Name)
		}
		mustSay(t, "the field match", said(field), fm.Why)
	}

	scale := said(section(t, page, "scale"))
	for _, n := range []float64{m.Scale.Up, m.Scale.Down, m.Scale.Base} {
		mustSay(t, "the scale", scale, strconv.FormatFloat(n, 'f', 1, 64))
	}
	mustSay(t, "the scale", scale, m.Scale.Why)

	bands := section(t, page, "close-calls")
	words := slices.Clone(m.FitWords)
	slices.SortFunc(words, func(a, b scoring.FitWord) int { return b.From - a.From })
	top := 100
	for _, w := range words {
		row := `<th scope="row">` + w.Word + `</th><td>` + strconv.Itoa(w.From) + "–" + strconv.Itoa(top) + `</td>`
		mustSay(t, "the fit words", bands, row)
		top = w.From - 1
	}
	mustSay(t, "the fit words", said(bands), m.FitWhy)

	for _, id := range []string{"field", "must-haves", "scale", "close-calls"} {
		if !strings.Contains(strings.ToLower(said(section(t, page, id))), "our judgement") {
			t.Errorf("section #%s is not labelled as our judgement", id)
		}
	}
}

// TestScoringPageReadsItsNumbersFromTheModel: change a number in the model
// and the page changes with it, so no sentence holds a copy.
func TestScoringPageReadsItsNumbersFromTheModel(t *testing.T) {
	m := scoring.Model()
	m.ClashPoints = 30
	m.MustHaves[0].CostPoints = 5
	m.FitWords = []scoring.FitWord{{From: 0, Word: "Weak fit"}, {From: 70, Word: "Strong fit"}}
	m.Scale.Base, m.Scale.Multiplier, m.Scale.Up, m.Scale.Down = 40, 0.5, 120, 80
	for i := range m.Factors {
		if m.Factors[i].Kind == scoring.FieldMatch {
			m.Factors[i].Points = 9
		}
	}
	all := said(scoringPage(t, m))
	for _, want := range []string{
		"ranks after every path that breaks fewer and loses 30 points.",
		"it costs a path up to 8 points", // the most any must-have costs
		strings.TrimSuffix(m.MustHaves[0].Moderate, ".") + ", up to 5 points.",
		"gains up to 9 points for deep domain expertise",
		"Strong fit 70–100", "Weak fit 0–69",
		"at most +120.0 and at least −80.0", "100 ÷ (120.0 + 80.0) ≈ 0.500", "0.500 × 80.0 ≈ 40.0",
		"the start becomes 40.0 and every other reason is multiplied by 0.50",
	} {
		mustSay(t, "the page built from a changed model", all, want)
	}
}

// TestScoringPageLinksEachJudgementItExplainsElsewhere: the list of our
// numbers points to the section that gives a reason instead of repeating
// it, so every link must land on a section of the page.
func TestScoringPageLinksEachJudgementItExplainsElsewhere(t *testing.T) {
	page := scoringPage(t, scoring.Model())
	links := regexp.MustCompile(`href="#([a-z-]+)"`).FindAllStringSubmatch(section(t, page, "judgements"), -1)
	if len(links) == 0 {
		t.Fatal("the list of our numbers links to no section")
	}
	for _, l := range links {
		if !strings.Contains(page, `id="`+l[1]+`"`) {
			t.Errorf("the list of our numbers links to #%s, which is not on the page", l[1])
		}
	}
}
