package server

import (
	"net/http"

	"github.com/a-h/templ"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// handleAssessmentCreate saves the first page and hands out the private
// edit link. Invalid answers come back with every typed value and nothing
// is stored until the page is valid.
func handleAssessmentCreate(rs *responder, st *store.Store, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			rs.formError(w, r, err)
			return
		}
		first := def.Sections[0]
		page, errs := first.Validate(r.PostForm)
		if len(errs) > 0 {
			rs.render(w, r, http.StatusUnprocessableEntity, web.AssessmentStepPage(web.StepView(def, 1, page, errs, "/assessments")))
			return
		}
		secret, hash := capability.NewSecret()
		answers := questionnaire.Answers{}.With(first, page)
		err := writeUncounted(r)
		if err == nil {
			_, err = st.CreateAssessment(r.Context(), hash, capability.NewShareID(), def.Version, answers)
		}
		if err != nil {
			rs.saveFailed(w, r, err, func() templ.Component {
				v := web.StepView(def, 1, page, nil, "/assessments")
				v.NotSaved = true
				return web.AssessmentStepPage(v)
			})
			return
		}
		http.Redirect(w, r, web.AssessmentStepPath(secret, 2)+web.AfterCreated, http.StatusSeeOther)
	}
}
