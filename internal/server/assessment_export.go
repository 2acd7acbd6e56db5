package server

import (
	"encoding/json"
	"github.com/crossroads/crossroads/web"
	"net/http"
	"time"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/recommendation"
	"github.com/crossroads/crossroads/internal/store"
)

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

// handleAssessmentExport downloads everything stored about the assessment.
func handleAssessmentExport(rs *responder, cfg config.Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a, _ := owner[store.Assessment](r)
		rs.writeJSONDownload(w, r, "crossroads-assessment.json", assessmentExport{
			Kind: "crossroads-assessment", ExportedAt: time.Now().UTC(),
			QuestionnaireVersion: a.QuestionnaireVersion,
			CreatedAt:            &a.CreatedAt, UpdatedAt: &a.UpdatedAt, CompletedAt: a.CompletedAt,
			ShareURL:     origin(cfg, r) + web.AssessmentViewPath(a.ShareID),
			HideFreeText: &a.HideFreeText,
			Answers:      a.Answers,
			Result:       a.Result,
			Earnings:     resultEarnings(a.Result),
		})
	}
}

// handleAssessmentSharedExport downloads what the share view shows, and no more.
func handleAssessmentSharedExport(rs *responder, def questionnaire.Definition) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		a := viewed[store.Assessment](r)
		snap := *a.Result
		answers := sharedAnswers(def, resultAnswers(a.Answers, snap), a.HideFreeText)
		snap.Answers = nil // shown once, filtered, above
		rs.writeJSONDownload(w, r, "crossroads-result.json", assessmentExport{
			Kind: "crossroads-shared-result", ExportedAt: time.Now().UTC(),
			QuestionnaireVersion: a.QuestionnaireVersion, CompletedAt: a.CompletedAt,
			Answers: answers, Result: &snap, Earnings: web.EarningsOf(snap),
		})
	}
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
