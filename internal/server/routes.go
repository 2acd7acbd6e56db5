package server

import (
	"log/slog"
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
func addRoutes(r chi.Router, logger *slog.Logger, cfg config.Config, st *store.Store, o ops, wired wiring) {
	rs := &responder{logger: logger}
	clients := wired.clients

	r.Use(middleware.RequestID)
	r.Use(middleware.GetHead) // link unfurlers and monitors send HEAD
	r.Use(requestLogger(logger))
	r.Use(countRequests(o.metrics, r))
	r.Use(recoverer(rs))
	r.Use(securityHeaders(cfg.TLS))
	r.Use(crossOriginProtection(rs))
	r.Use(limitWrites(rs, o.writeCounts, o.metrics, cfg.WriteLimit, clients))
	r.Use(limitBody(maxBodyBytes))
	r.Use(wired.compress)
	r.Use(requestDeadline(30 * time.Second))

	r.NotFound(rs.notFound)
	r.MethodNotAllowed(rs.methodNotAllowed)

	def := questionnaire.Default()
	pages, cards := wired.pages, wired.cards

	// The share, delete and export actions every resource shares (resource.go).
	assessments, comparisons, plans, canvases := assessmentResource(st, def), comparisonResource(st), planResource(st, def), canvasResource(st)

	r.Handle("/static/*", web.StaticHandler())
	r.Get("/healthz", handleHealthz())
	r.Get("/readyz", handleReadyz(logger, st, o.readiness, clients))
	r.Get("/", handleHome(rs))
	r.Get("/sources", handleSources(rs))
	r.Get("/how-scoring-works", handleScoringPage(rs, def))
	r.Get("/favicon.ico", handleFavicon())
	r.Get("/robots.txt", handleRobots(cfg))
	r.Get("/sitemap.xml", handleSitemap(cfg))
	r.Get("/paths", handlePathList(rs))
	r.Get("/paths/{id}", handlePathShow(rs))

	// Every resource (assessment, comparison, plan, canvas) is a document
	// behind two capability links: /…/{secret} edits, /…/{id} is the
	// read-only share view. One capability middleware
	// per group reads the document (see capability.go); the form routes use
	// editForm, which lets an outage reach the handler so it can show back
	// what was typed.

	// Self-assessments: /a/{secret} edits, /r/{id} shares the result.
	r.With(noStore).Get("/assessments/new", handleAssessmentNew(rs, def))
	r.With(noStore).Post("/assessments", handleAssessmentCreate(rs, st, def))
	r.Route("/a/{secret}", func(r chi.Router) {
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
	r.Route("/r/{id}", func(r chi.Router) {
		r.Use(noIndex)
		routeSharedView(r, rs, pages, cards, cfg, assessmentShared(st, def))
		r.With(view(rs, finishedAssessment(st))).Get("/export.json", handleSharedExport(rs, assessments))
	})

	// Side-hustle-versus-AI-job comparisons: /compare/{secret} edits,
	// /shared/comparison/{id} is the read-only share view.
	r.With(noStore).Get("/comparisons/new", handleComparisonNew(rs, st))
	r.With(noStore).Post("/comparisons", handleComparisonCreate(rs, st))
	r.Route("/compare/{secret}", func(r chi.Router) {
		r.Use(noIndex)
		r.With(editForm(rs, st.ComparisonByEditHash)).Post("/", handleComparisonSave(rs, st))
		r.Group(func(r chi.Router) {
			r.Use(edit(rs, st.ComparisonByEditHash))
			r.Get("/", handleComparisonEdit(rs, cfg))
			routeOwnerActions(r, rs, comparisons)
			r.Get("/export.json", handleExport(rs, cfg, comparisons))
		})
	})
	r.Route("/shared/comparison/{id}", func(r chi.Router) {
		r.Use(noIndex)
		routeSharedView(r, rs, pages, cards, cfg, comparisonShared(st))
		r.With(view(rs, st.ComparisonByShareID)).Get("/export.json", handleSharedExport(rs, comparisons))
	})

	// 90-day plans: /plan/{secret} edits, /shared/plan/{id} is the read-only
	// share view. A plan starts from a path of a finished assessment.
	r.With(noStore).Get("/plans/new", handlePlanNew(rs, st, def))
	r.With(noStore).Post("/plans", handlePlanCreate(rs, st, def))
	r.Route("/plan/{secret}", func(r chi.Router) {
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
	r.Route("/shared/plan/{id}", func(r chi.Router) {
		r.Use(noIndex)
		routeSharedView(r, rs, pages, cards, cfg, planShared(st, def))
		r.With(view(rs, st.PlanByShareID)).Get("/export.json", handleSharedExport(rs, plans))
	})

	// Niche canvases: /canvas/{secret} is the owner's board, each box has
	// its own form (/boxes/{box}), test cards live under /tests, /edit is
	// every box on one page; /shared/canvas/{id} is the read-only board.
	r.With(noStore).Get("/canvases/new", handleCanvasNew(rs, st))
	r.With(noStore).Post("/canvases", handleCanvasCreate(rs, st))
	r.Route("/canvas/{secret}", func(r chi.Router) {
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
	r.Route("/shared/canvas/{id}", func(r chi.Router) {
		r.Use(noIndex)
		routeSharedView(r, rs, pages, cards, cfg, canvasShared(st))
		r.With(view(rs, st.CanvasByShareID)).Get("/export.json", handleSharedExport(rs, canvases))
	})
}
