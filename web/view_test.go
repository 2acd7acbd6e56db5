package web_test

// Fast tests of the view builders: each resource's page is built from
// domain values and rendered as its owner and as someone with the share
// link sees it, with no database, browser or JVM. They pin what a reader
// notices: who the page speaks to, what the share view keeps private and
// that it offers no way to change anything.

import (
	"bytes"
	"context"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/compare"
	"github.com/crossroads/crossroads/internal/plan"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/scoring"
	"github.com/crossroads/crossroads/web"
)

const (
	secret      = "SECRETsecretSECRETsecretSECRETsecretSECRET1"
	shareID     = "SHAREshareSHAREshare12"
	origin      = "https://crossroads.example"
	freeText    = "Orthodontic clinics in Leeds"
	privateNote = "Called my cousin about this"
)

// secondPerson is a page speaking to its reader ("you"), which a share view
// must not do: it is read by someone else.
var secondPerson = regexp.MustCompile(`(?i)\b(you|your|yours|yourself|you’re|you're|you’d|you'd|you’ve)\b`)

// quoted is someone else's words on a page (an article quoted, a question
// as it was asked): their voice, not the page's.
var quoted = regexp.MustCompile(`(?s)<(q|blockquote|cite)\b.*?</(q|blockquote|cite)>`)

var tag = regexp.MustCompile(`(?s)<[^>]*>`)

func render(t *testing.T, c templ.Component) string {
	t.Helper()
	var b bytes.Buffer
	if err := c.Render(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// text is what a reader reads of a page: its words without markup or
// quotations.
func text(page string) string {
	return html.UnescapeString(tag.ReplaceAllString(quoted.ReplaceAllString(page, " "), "\n"))
}

// audienceCase is one page as one audience sees it, and what it must and
// must not show.
type audienceCase struct {
	name    string
	page    string
	want    []string // in the page's text
	wantNot []string // anywhere in the page (text or links)
	// third says the page is a share view: it must never say "you".
	third bool
}

func check(t *testing.T, cases []audienceCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			words := text(tc.page)
			for _, w := range tc.want {
				if !strings.Contains(words, w) {
					t.Errorf("page does not say %q", w)
				}
			}
			for _, w := range tc.wantNot {
				if strings.Contains(tc.page, w) {
					t.Errorf("page shows %q", w)
				}
			}
			if !tc.third {
				return
			}
			for line := range strings.SplitSeq(words, "\n") {
				if secondPerson.MatchString(line) {
					t.Errorf("share view speaks to its reader: %q", strings.TrimSpace(line))
				}
			}
		})
	}
}

func answers() questionnaire.Answers {
	a := scoring.Undecided()
	a[questionnaire.DomainName] = []string{freeText}
	return a
}

func withoutFreeText(def questionnaire.Definition, a questionnaire.Answers) questionnaire.Answers {
	out := a.Clone()
	for _, s := range def.Sections {
		for _, q := range s.Questions {
			if q.FreeText {
				delete(out, q.ID)
			}
		}
	}
	return out
}

func TestResultSpeaksToItsAudience(t *testing.T) {
	def := questionnaire.Default()
	a := answers()
	snap := recommendation.Build(scoring.Score(def, a), def.Version)
	snap.Answers = a
	edit := web.AssessmentEditPath(secret)

	owner := web.OwnerResultView(def, web.OwnerResult{Snap: snap, Answers: a, Current: a, Origin: origin, Secret: secret, ShareID: shareID})
	shown := web.ResultView(def, snap, a, scoring.Viewer, false, edit)
	hidden := web.ResultView(def, snap, withoutFreeText(def, a), scoring.Viewer, true, edit)
	if owner.Possessive != "Your" || shown.Possessive != "Their" {
		t.Errorf("possessives %q and %q; want Your and Their", owner.Possessive, shown.Possessive)
	}
	best := snap.Paths[0].Name
	check(t, []audienceCase{
		{name: "owner", page: render(t, web.ResultPage(owner)),
			want:    []string{"Best fit: " + best, "Your 7, 30 and 90-day first steps", freeText, "Change"},
			wantNot: []string{"Their "}},
		{name: "share", third: true, page: render(t, web.ResultPage(shown)),
			want: []string{"Best fit: " + best, "Their 7, 30 and 90-day first steps", freeText},
			// An edit path passed by mistake still gives the share view no way in.
			wantNot: []string{secret, ">Change<"}},
		{name: "share, free text hidden", third: true, page: render(t, web.ResultPage(hidden)),
			want: []string{"Best fit: " + best}, wantNot: []string{freeText, secret}},
	})
}

func TestResultOwnerLinksChangeEachAnswer(t *testing.T) {
	def := questionnaire.Default()
	a := answers()
	snap := recommendation.Build(scoring.Score(def, a), def.Version)
	v := web.OwnerResultView(def, web.OwnerResult{Snap: snap, Answers: a, Current: a, Origin: origin, Secret: secret, ShareID: shareID})
	if len(v.Answers) != len(def.Sections) {
		t.Fatalf("%d answer groups; want one per page, %d", len(v.Answers), len(def.Sections))
	}
	for i, g := range v.Answers {
		if want := web.AssessmentEditPath(secret) + "/step/" + string(rune('1'+i)); g.EditURL != want {
			t.Errorf("group %d links to %q; want %q", i, g.EditURL, want)
		}
	}
	if v.Owner == nil || v.Owner.ShareURL != origin+web.AssessmentViewPath(shareID) {
		t.Errorf("owner panel %+v; want the share link", v.Owner)
	}
}

func TestCanvasSpeaksToItsAudience(t *testing.T) {
	c := canvas.Canvas{Title: "Chatbots for dentists", Niche: "Local dentist offices",
		Pains: []canvas.PainPoint{{What: "Missed calls after hours", HowOften: "Every evening", Severity: 4, Evidence: canvas.Observed}}}
	c.PlanTest(canvas.TestCard{Claim: "pains.0", Belief: "Dentists lose patients to missed calls", Kind: canvas.Conversations,
		Test: "Call five practices", PassMark: "Three say so", Due: "2027-01-31"})
	linked := &web.LinkedAssessment{ShareID: shareID, FreeHours: 6}
	how := web.CanvasHowItWorksView()
	controls := web.NewOwnerControls("canvas", origin, web.CanvasEditPath(secret), web.CanvasViewPath(shareID), web.DoneSaved)
	owner := web.CanvasBoardView(web.CanvasBoardState{Canvas: c, PathID: "custom-chatbots", Assessment: linked, Secret: secret, Controls: controls}, how)
	share := web.CanvasBoardView(web.CanvasBoardState{Canvas: c, PathID: "custom-chatbots", Assessment: linked,
		ExportURL: web.ExportPath(web.CanvasViewPath(shareID))}, how)
	if card := web.CanvasCard(c, "custom-chatbots", linked); card.Headline != c.Title || len(card.Bars) != 1 {
		t.Errorf("card %+v; want the title and the readiness bar", card)
	}
	box, _ := canvas.BoxByID(canvas.BoxHours)
	hours := web.CanvasBoxView(web.CanvasBoxState{Secret: secret, Box: box, In: web.CanvasInputFrom(c), Saved: c, PathID: "custom-chatbots", Assessment: linked})
	plan, _ := web.CanvasSuggestedTest(c, "pains.0")
	check(t, []audienceCase{
		{name: "owner board", page: render(t, web.CanvasBoardPage(owner)),
			want: []string{c.Title, "Missed calls after hours", "Your changes are saved.", "Evidence: observed", "You believe: Dentists lose patients",
				"Planned", "due 2027-01-31", "Record the result"}},
		{name: "share board", third: true, page: render(t, web.CanvasBoardPage(share)),
			want: []string{c.Title, "Missed calls after hours", "(4 of 5)", "Evidence: observed", "They believe: Dentists lose patients", "They will: Call five practices"},
			// Sharing an idea does not share the assessment it came from, nor any form.
			wantNot: []string{secret, shareID + `"`, web.AssessmentViewPath(shareID), "<form", "Record the result"}},
		{name: "hours box form", page: render(t, web.CanvasBoxPage(hours)),
			want: []string{"Hours a week", "Your assessment says you have 6 hours a week free", "What the article says"}},
		{name: "plan a test", page: render(t, web.CanvasTestPage(web.CanvasPlanTestView(secret, c, plan, nil, true))),
			want: []string{"Plan a test", "our suggestion", "Talk to five people in the niche", "Pain point 1: Missed calls after hours"}},
	})
}

// TestFreshCanvasIsNotJudged: a canvas nobody has written on yet shows
// where to start, never a score or a list of warnings, in every voice and
// in its link preview and meta description.
func TestFreshCanvasIsNotJudged(t *testing.T) {
	how := web.CanvasHowItWorksView()
	for _, tc := range []struct {
		name string
		c    canvas.Canvas
	}{
		{"blank", canvas.Canvas{}},
		{"a title only", canvas.Canvas{Title: "Chatbots for dentists"}},
		{"a path's starting point", canvas.Canvas{Title: "AI micro-SaaS", Dependencies: []canvas.Dependency{{Platform: "The AI platforms"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.c.Fresh() {
				t.Skip("not fresh by the domain's rule")
			}
			owner := web.CanvasBoardView(web.CanvasBoardState{Canvas: tc.c, Secret: secret,
				Controls: web.NewOwnerControls("canvas", origin, web.CanvasEditPath(secret), web.CanvasViewPath(shareID), "")}, how)
			share := web.CanvasBoardView(web.CanvasBoardState{Canvas: tc.c}, how)
			for name, v := range map[string]web.CanvasBoardModel{"owner": owner, "share": share} {
				page := render(t, web.CanvasBoardPage(v))
				for _, bad := range []string{"out of 100", "readiness-score", "Warning:", `class="findings"`, "Readiness"} {
					if strings.Contains(page, bad) {
						t.Errorf("%s board of a fresh canvas shows %q", name, bad)
					}
				}
				if strings.Contains(v.Description, "Readiness") {
					t.Errorf("%s meta description %q scores a fresh canvas", name, v.Description)
				}
				if len(v.Boxes) != len(canvas.Boxes()) {
					t.Errorf("%s board has %d boxes; want %d", name, len(v.Boxes), len(canvas.Boxes()))
				}
			}
			editor := render(t, web.CanvasEditorPage(web.CanvasEditorView(web.CanvasEditorState{In: web.CanvasInputFrom(tc.c), Secret: secret,
				Owner: web.NewOwnerControls("canvas", origin, web.CanvasEditPath(secret), web.CanvasViewPath(shareID), "")}, how)))
			for _, bad := range []string{"out of 100", "Warning:"} {
				if strings.Contains(editor, bad) {
					t.Errorf("the one-page editor of a fresh canvas shows %q", bad)
				}
			}
			ownerPage := text(render(t, web.CanvasBoardPage(owner)))
			for _, b := range canvas.Boxes() {
				if b.ID != canvas.BoxDependencies && !strings.Contains(ownerPage, b.Prompt) {
					t.Errorf("the owner's empty %s box does not show its prompt", b.ID)
				}
			}
			for _, want := range []string{"Where to start", "Niche and audience", "Pain points", "Value exchange and price"} {
				if !strings.Contains(ownerPage, want) {
					t.Errorf("the owner's fresh board does not say %q", want)
				}
			}
			if card := web.CanvasCard(tc.c, "", nil); len(card.Bars) != 0 {
				t.Errorf("the card of a fresh canvas has bars %+v", card.Bars)
			}
		})
	}
}

// TestCanvasBoardLeadsWithStrengths: once there is content the board says
// what is strong, then at most two next steps, the riskiest assumption's
// test first, and keeps the full self-check one click away.
func TestCanvasBoardLeadsWithStrengths(t *testing.T) {
	c := canvas.Canvas{Title: "Listings", Niche: "independent bookshops in Leeds",
		Pains: []canvas.PainPoint{{What: "New stock sits unlisted for weeks", HowOften: "every delivery", Severity: 4, Evidence: canvas.Assumption}}}
	v := web.CanvasBoardView(web.CanvasBoardState{Canvas: c, Secret: secret,
		Controls: web.NewOwnerControls("canvas", origin, web.CanvasEditPath(secret), web.CanvasViewPath(shareID), "")}, web.CanvasHowItWorksView())
	if v.Guide.Fresh || len(v.Guide.Next) > 2 || v.Guide.TestRiskiest == "" {
		t.Fatalf("guide %+v; want not fresh, a riskiest test and at most two next steps", v.Guide)
	}
	if want := web.CanvasNewTestPath(secret, "pains.0"); v.Guide.TestRiskiestURL != want {
		t.Errorf("plan a test links to %q; want %q", v.Guide.TestRiskiestURL, want)
	}
	html := render(t, web.CanvasBoardPage(v))
	for _, m := range regexp.MustCompile(`href="#([^"]+)"`).FindAllStringSubmatch(html, -1) {
		if !strings.Contains(html, `id="`+m[1]+`"`) {
			t.Errorf("the board links to #%s, which is not on it", m[1])
		}
	}
	page := text(html)
	for _, want := range []string{"Already strong", "A specific niche", "Plan a test", "The full self-check: readiness"} {
		if !strings.Contains(page, want) {
			t.Errorf("board does not say %q", want)
		}
	}
}

func TestComparisonSpeaksToItsAudience(t *testing.T) {
	s := compare.Comparison{Paths: []string{"custom-chatbots", "prompt-engineer"}, Goal: 2000}
	a := answers()
	owner := web.ComparisonEditor(web.ComparisonEditPath(secret), s, nil, nil, a, shareID)
	owner.Owner = web.NewOwnerControls("comparison", origin, web.ComparisonEditPath(secret), web.ComparisonViewPath(shareID), "")
	share := web.ComparisonViewOf(s, a, scoring.Viewer)
	share.Assumptions = web.AssumptionLines(s, a)
	title := web.ComparisonTitle(s)
	check(t, []audienceCase{
		{name: "owner", page: render(t, web.ComparisonPage(owner)), want: []string{title, ", you 3/5"}},
		{name: "share", third: true, page: render(t, web.ComparisonPage(share)),
			want: []string{title, ", they 3/5"}, wantNot: []string{secret, `name="paths"`}},
	})
}

func TestPlanSpeaksToItsAudience(t *testing.T) {
	def := questionnaire.Default()
	now := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	p := plan.Plan{PathID: "custom-chatbots", Start: "2026-12-01", Progress: map[string]plan.Progress{}}
	facts := plan.FactsOf(def, answers(), false)
	first := plan.Build(p, facts, scoring.Owner).Steps[0]
	p.Progress[first.ID] = plan.Progress{Status: plan.Done, Note: privateNote, At: now}
	name := plan.Build(p, facts, scoring.Owner).Path.Name

	owner := web.OwnerPlanView(web.OwnerPlan{Built: plan.Build(p, facts, scoring.Owner), Plan: p,
		Origin: origin, Secret: secret, ShareID: shareID, Done: "step", DoneStep: first.ID}, now)
	share := web.PlanViewOf(plan.Build(p.Shared(), facts, scoring.Viewer), scoring.Viewer, now)
	check(t, []audienceCase{
		{name: "owner", page: render(t, web.PlanPage(owner)),
			want: []string{"Your 90-day plan: " + name, privateNote, "Saved: ", "1 of "}},
		{name: "share", third: true, page: render(t, web.PlanPage(share)),
			want: []string{"A 90-day plan: " + name, "1 of "}, wantNot: []string{privateNote, secret, "/check-in"}},
	})
}

func TestPathPageOffersTheMovesThePathAllows(t *testing.T) {
	for _, p := range catalog.All() {
		v := web.PathDetailView(p)
		page := text(render(t, web.PathPage(v)))
		if !strings.Contains(page, p.Name) || !strings.Contains(page, p.Summary) {
			t.Errorf("%s: page does not name and describe the path", p.ID)
		}
		// Only a side hustle has a niche to sketch.
		if hasCanvas := v.CanvasURL != ""; hasCanvas != (p.Mode == catalog.SideHustle) {
			t.Errorf("%s (%s): canvas link %q", p.ID, p.Mode.Label(), v.CanvasURL)
		}
		if v.CompareURL != "/comparisons/new?path="+p.ID {
			t.Errorf("%s: compare link %q", p.ID, v.CompareURL)
		}
	}
}

// Every resource's owner panel confirms the action that sent the owner
// back, named by the one ?done= parameter.
func TestOwnerNoticesFollowDone(t *testing.T) {
	for _, tc := range []struct {
		done                        string
		saved, replaced, visibility bool
	}{
		{"", false, false, false},
		{web.DoneSaved, true, false, false},
		{web.DoneShare, false, true, false},
		{web.DoneVisibility, false, false, true},
		{"1", false, false, false},
	} {
		for _, what := range []string{"assessment", "canvas", "comparison", "plan"} {
			o := web.NewOwnerControls(what, origin, "/x/"+secret, "/shared/x/"+shareID, tc.done)
			if o.Saved != tc.saved || o.ShareReplaced != tc.replaced || o.VisibilitySet != tc.visibility {
				t.Errorf("%s, done=%q: %+v", what, tc.done, *o)
			}
			if o.ShareURL != origin+"/shared/x/"+shareID || o.DeleteURL != web.DeletePath("/x/"+secret) {
				t.Errorf("%s: links %q, %q", what, o.ShareURL, o.DeleteURL)
			}
		}
	}
}
