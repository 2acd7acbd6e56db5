package server

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// maxBodyBytes bounds every request body; the largest form (a full canvas)
// is far below it.
const maxBodyBytes = 256 << 10

// addRoutes is the app's whole URL table.
//
// Every response passes the first chain: a request id and a deadline, HEAD
// served as GET, the request line, metrics, panic recovery and the
// security headers. Share views (pages and cards), most of what the app
// serves and nearly always stored bytes (share_stored.go), then take only
// what a GET of stored bytes needs besides: noindex. Everything else also
// gets the cross-origin check, the write limit, the body limit and gzip.
// docs/perf.md, "Cost per person", measures the difference.
func addRoutes(r chi.Router, logger *slog.Logger, cfg config.Config, st *store.Store, o ops, wired wiring) {
	rs := &responder{logger: logger}
	clients := wired.clients

	r.Use(requestScope(requestTimeout))
	r.Use(middleware.GetHead) // link unfurlers and monitors send HEAD
	r.Use(requestLogger(logger, r))
	r.Use(countRequests(o.metrics, r))
	r.Use(recoverer(rs))
	r.Use(securityHeaders(cfg.TLS))

	r.NotFound(wired.compress(http.HandlerFunc(rs.notFound)).ServeHTTP)
	r.MethodNotAllowed(wired.compress(http.HandlerFunc(rs.methodNotAllowed)).ServeHTTP)

	def := questionnaire.Default()
	pages, cards := wired.pages, wired.cards

	// The share, delete and export actions every resource shares (resource.go).
	assessments, comparisons, plans, canvases := assessmentResource(st, def), comparisonResource(st), planResource(st, def), canvasResource(st)

	// The read-only share views: /r/{id} is a self-assessment's result,
	// /shared/{kind}/{id} the others'. Each has a page and a card
	// (routeSharedView); its download is with the owner's below.
	shared := r.With(noIndex)
	routeSharedView(shared, "/r/{id}", rs, pages, cards, cfg, assessmentShared(st, def))
	routeSharedView(shared, "/shared/comparison/{id}", rs, pages, cards, cfg, comparisonShared(st))
	routeSharedView(shared, "/shared/plan/{id}", rs, pages, cards, cfg, planShared(st, def))
	routeSharedView(shared, "/shared/canvas/{id}", rs, pages, cards, cfg, canvasShared(st))

	app := r.With(
		crossOriginProtection(rs),
		limitWrites(rs, o.writeCounts, o.metrics, cfg.WriteLimit, clients),
		limitBody(maxBodyBytes),
		wired.compress,
	)
	app.Handle("/static/*", web.StaticHandler())
	app.Get("/healthz", handleHealthz())
	app.Get("/readyz", handleReadyz(logger, st, o.readiness, clients))
	app.Get("/", handleHome(rs))
	app.Get("/sources", handleSources(rs))
	app.Get("/how-scoring-works", handleScoringPage(rs, def))
	app.Get("/favicon.ico", handleFavicon())
	app.Get("/robots.txt", handleRobots(cfg))
	app.Get("/sitemap.xml", handleSitemap(cfg))
	app.Get("/paths", handlePathList(rs))
	app.Get("/paths/{id}", handlePathShow(rs))

	// Every resource (assessment, comparison, plan, canvas) is a document
	// behind two capability links: /…/{secret} edits, /…/{id} is the
	// read-only share view (above). One capability middleware per group
	// reads the document (see capability.go); the form routes use
	// editForm, which lets an outage reach the handler so it can show back
	// what was typed.

	// Self-assessments: /a/{secret} edits, /r/{id} shares the result.
	app.With(noStore).Get("/assessments/new", handleAssessmentNew(rs, def))
	app.With(noStore).Post("/assessments", handleAssessmentCreate(rs, st, def))
	app.Route("/a/{secret}", func(r chi.Router) {
		r.Use(noIndex)
		r.With(editForm(rs, st.AssessmentByEditHash)).Post("/step/{n}", handleAssessmentStepSave(rs, st, cfg, def))
		r.Group(func(r chi.Router) {
			r.Use(edit(rs, st.AssessmentByEditHash))
			r.Get("/", handleAssessmentResume(def))
			r.Get("/step/{n}", handleAssessmentStep(rs, cfg, def))
			routeOwnerActions(r, rs, assessments)
			r.Post("/visibility", handleAssessmentVisibility(rs, st))
			r.Post("/set-aside/{path}", handleAssessmentSetAside(rs, st, def, false))
			r.Post("/set-aside/{path}/undo", handleAssessmentSetAside(rs, st, def, true))
		})
		r.Group(func(r chi.Router) { // the pages that show the snapshot read it too
			r.Use(edit(rs, st.AssessmentWithResultByEditHash))
			r.Get("/result", handleAssessmentResult(rs, cfg, def))
			r.Get("/export.json", handleExport(rs, cfg, assessments))
		})
	})
	app.With(noIndex, view(rs, finishedAssessment(st))).Get("/r/{id}/export.json", handleSharedExport(rs, assessments))

	// Side-hustle-versus-AI-job comparisons: /compare/{secret} edits,
	// /shared/comparison/{id} is the read-only share view.
	app.With(noStore).Get("/comparisons/new", handleComparisonNew(rs, st))
	app.With(noStore).Post("/comparisons", handleComparisonCreate(rs, st))
	app.Route("/compare/{secret}", func(r chi.Router) {
		r.Use(noIndex)
		r.With(editForm(rs, st.ComparisonByEditHash)).Post("/", handleComparisonSave(rs, st))
		r.Group(func(r chi.Router) {
			r.Use(edit(rs, st.ComparisonByEditHash))
			r.Get("/", handleComparisonEdit(rs, cfg))
			routeOwnerActions(r, rs, comparisons)
			r.Get("/export.json", handleExport(rs, cfg, comparisons))
		})
	})
	app.With(noIndex, view(rs, st.ComparisonByShareID)).Get("/shared/comparison/{id}/export.json", handleSharedExport(rs, comparisons))

	// 90-day plans: /plan/{secret} edits, /shared/plan/{id} is the read-only
	// share view. A plan starts from a path of a finished assessment.
	app.With(noStore).Get("/plans/new", handlePlanNew(rs, st, def))
	app.With(noStore).Post("/plans", handlePlanCreate(rs, st, def))
	app.Route("/plan/{secret}", func(r chi.Router) {
		r.Use(noIndex)
		r.Group(func(r chi.Router) {
			r.Use(editForm(rs, st.PlanByEditHash))
			r.Post("/", handlePlanSave(rs, cfg, st, def))
			r.Post("/steps/{step}", handlePlanStepSave(rs, cfg, st, def))
		})
		r.Group(func(r chi.Router) {
			r.Use(edit(rs, st.PlanByEditHash))
			r.Get("/", handlePlanEdit(rs, cfg, def))
			r.Post("/check-in", handlePlanCheckIn(rs, st, def))
			r.Get("/calendar.ics", handlePlanCalendar(rs, st, def))
			routeOwnerActions(r, rs, plans)
			r.Get("/export.json", handleExport(rs, cfg, plans))
		})
	})
	app.With(noIndex, view(rs, st.PlanByShareID)).Get("/shared/plan/{id}/export.json", handleSharedExport(rs, plans))

	// Niche canvases: /canvas/{secret} is the owner's board, each box has
	// its own form (/boxes/{box}), test cards live under /tests, /edit is
	// every box on one page; /shared/canvas/{id} is the read-only board.
	app.With(noStore).Get("/canvases/new", handleCanvasNew(rs, st))
	app.With(noStore).Post("/canvases", handleCanvasCreate(rs, st))
	app.Route("/canvas/{secret}", func(r chi.Router) {
		r.Use(noIndex)
		r.Group(func(r chi.Router) {
			r.Use(editForm(rs, st.CanvasByEditHash))
			r.Post("/", handleCanvasSave(rs, cfg, st))
			r.Post("/boxes/{box}", handleCanvasBoxSave(rs, st))
			r.Post("/tests", handleCanvasTestPlan(rs, st))
			r.Post("/tests/{test}", handleCanvasTestRecord(rs, st))
			r.Post("/tests/{test}/remove", handleCanvasTestRemove(rs, st))
		})
		r.Group(func(r chi.Router) {
			r.Use(edit(rs, st.CanvasByEditHash))
			r.Get("/", handleCanvasBoard(rs, cfg))
			r.Get("/edit", handleCanvasEditAll(rs, cfg))
			r.Get("/boxes/{box}", handleCanvasBox(rs))
			r.Get("/tests/new", handleCanvasTestNew(rs))
			r.Get("/tests/{test}", handleCanvasTest(rs))
			routeOwnerActions(r, rs, canvases)
			r.Get("/export.json", handleExport(rs, cfg, canvases))
		})
	})
	app.With(noIndex, view(rs, st.CanvasByShareID)).Get("/shared/canvas/{id}/export.json", handleSharedExport(rs, canvases))
}

// requestTimeout bounds each request's work (requestScope).
const requestTimeout = 30 * time.Second
