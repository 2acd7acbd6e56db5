package server

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// assessmentResource is the self-assessments' share, delete and export actions
// (resource.go). The owner lands on the result page; a draft's delete
// page leads back to its questions. The share download is the finished
// result, with only the answers the share view may show (def).
func assessmentResource(st *store.Store, def questionnaire.Definition) resource[store.Assessment] {
	return resource[store.Assessment]{
		what: "assessment", id: func(a store.Assessment) int64 { return a.ID },
		edit: web.AssessmentEditPath, page: web.AssessmentResultPath,
		cancel: func(a store.Assessment, secret string) string {
			if !a.Finished {
				return web.AssessmentEditPath(secret)
			}
			return web.AssessmentResultPath(secret)
		},
		replaceShareID: st.ReplaceAssessmentShareID, delete: st.DeleteAssessment, goesWith: st.PlansMadeFrom,
		file: "crossroads-assessment.json", sharedFile: "crossroads-result.json",
		export: func(a store.Assessment, origin string) any {
			return assessmentExport{
				Kind: "crossroads-assessment", ExportedAt: time.Now().UTC(),
				QuestionnaireVersion: a.QuestionnaireVersion,
				CreatedAt:            &a.CreatedAt, UpdatedAt: &a.UpdatedAt, CompletedAt: a.CompletedAt,
				ShareURL:     origin + web.AssessmentViewPath(a.ShareID),
				HideFreeText: &a.HideFreeText,
				Answers:      a.Answers,
				Result:       a.Result,
				Earnings:     resultEarnings(a.Result),
			}
		},
		sharedExport: func(a store.Assessment) any {
			snap := *a.Result
			answers := sharedAnswers(def, resultAnswers(a.Answers, snap), a.HideFreeText)
			snap.Answers = nil // shown once, filtered, above
			return assessmentExport{
				Kind: "crossroads-shared-result", ExportedAt: time.Now().UTC(),
				QuestionnaireVersion: a.QuestionnaireVersion, CompletedAt: a.CompletedAt,
				Answers: answers, Result: &snap, Earnings: web.EarningsOf(snap),
			}
		},
	}
}

// assessmentExport is the downloadable JSON copy of an assessment.
type assessmentExport struct {
	Kind                 string                   `json:"kind"`
	ExportedAt           time.Time                `json:"exported_at"`
	QuestionnaireVersion string                   `json:"questionnaire_version"`
	CreatedAt            *time.Time               `json:"created_at,omitempty"`
	UpdatedAt            *time.Time               `json:"updated_at,omitempty"`
	CompletedAt          *time.Time               `json:"completed_at,omitempty"`
	ShareURL             string                   `json:"share_url,omitempty"`
	HideFreeText         *bool                    `json:"hide_free_text_on_share,omitempty"`
	Answers              questionnaire.Answers    `json:"answers"`
	Result               *recommendation.Snapshot `json:"result,omitempty"`
	// Earnings is what each explained path earns by every source, each
	// figure labelled with its provenance, as the result page shows it.
	Earnings []web.PathEarnings `json:"earnings,omitempty"`
}

func resultEarnings(snap *recommendation.Snapshot) []web.PathEarnings {
	if snap == nil {
		return nil
	}
	return web.EarningsOf(*snap)
}

// writeJSONDownload sends v as an indented JSON attachment. It encodes
// before writing, so a failure is a clean friendly 500; exports are personal
// data, so no cache keeps them.
func (rs *responder) writeJSONDownload(w http.ResponseWriter, r *http.Request, filename string, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		rs.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+filename+`"`)
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(append(b, '\n')) // like writePage: nothing left to do if the client went away
}
