// Package recommendationtest holds test helpers for results as they were
// stored by earlier releases, for the tests that write such rows.
package recommendationtest

import "github.com/crossroads/crossroads/internal/recommendation"

// PageOf is the page-sized copy of snap that SaveResult stored beside it
// until migration 00014 (the Explained best paths whole, the rest as name,
// track, score, fit and clashes), to write rows as they were stored then.
func PageOf(snap recommendation.Snapshot) recommendation.Snapshot {
	page := snap
	page.Paths = make([]recommendation.PathFit, len(snap.Paths))
	for i, p := range snap.Paths {
		if i < recommendation.Explained {
			page.Paths[i] = p
			continue
		}
		page.Paths[i] = recommendation.PathFit{ID: p.ID, Name: p.Name, Track: p.Track, Score: p.Score, Fit: p.Fit, Clashes: p.Clashes}
	}
	return page
}
