package store

import (
	"context"
	"fmt"
)

// StoredCard is what a card read found: the share's content version now,
// and its card drawn from exactly that version by the build the read
// named, nil when there is none (a miss).
type StoredCard struct {
	Version string
	PNG     []byte
}

// shareCardSources says, per kind, where its row lives (alias), how its
// content version is computed (the share page's, share_render.go) and
// what else makes a share id one that is served.
var shareCardSources = map[string]struct{ from, alias, version, served string }{
	KindAssessment: {`FROM assessments a`, "a", assessmentVersion, ` AND a.result IS NOT NULL`}, // a draft has no share view
	KindCanvas:     {canvasFrom, "c", canvasVersion, ""},
	KindComparison: {comparisonFrom, "c", comparisonVersion, ""},
	KindPlan:       {planFrom, "p", planVersion, ""},
}

// shareCardReads are the kinds' card reads, built once.
var shareCardReads = func() map[string]string {
	reads := map[string]string{}
	for kind, src := range shareCardSources {
		reads[kind] = `SELECT v.version, sc.png
		` + src.from + `
		CROSS JOIN LATERAL (SELECT ` + src.version + ` AS version) v
		LEFT JOIN share_cards sc
		       ON sc.kind = '` + kind + `' AND sc.share_id = ` + src.alias + `.share_id AND sc.version = v.version AND sc.build = $2
		WHERE ` + src.alias + `.share_id = $1` + src.served
	}
	return reads
}()

// ShareCard is a card request's only read when the card is stored: the
// kind's share id, its content version, and the card drawn from that
// version by build, in one round trip and without the document. An
// unknown id (or a draft's) is ErrNotFound.
func (s *Store) ShareCard(ctx context.Context, kind, shareID, build string) (StoredCard, error) {
	read, ok := shareCardReads[kind]
	if !ok {
		return StoredCard{}, fmt.Errorf("share card: unknown kind %q", kind)
	}
	var c StoredCard
	if err := s.pool.QueryRow(ctx, read, shareID, build).Scan(&c.Version, &c.PNG); err != nil {
		return StoredCard{}, mapErr(err)
	}
	return c, nil
}

// PutShareCard stores the card drawn from a share's content version by
// build, replacing the share's previous card, if its row still has that
// version; it reports whether it stored it. The row is locked (FOR SHARE)
// until the card is in, so a delete either waits and takes the card with
// it (forget_share_card) or comes first and leaves nothing to store.
func (s *Store) PutShareCard(ctx context.Context, kind, shareID, version, build string, png []byte) (bool, error) {
	source, ok := sourceRows[kind]
	if !ok {
		return false, fmt.Errorf("share card: unknown kind %q", kind)
	}
	tag, err := s.pool.Exec(ctx, `
		INSERT INTO share_cards AS sc (kind, share_id, version, build, png)
		SELECT $1, $2, $3, $4, $5 `+source+` FOR SHARE OF `+shareCardSources[kind].alias+`
		ON CONFLICT (kind, share_id) DO UPDATE
		SET version = excluded.version, build = excluded.build, png = excluded.png, drawn_at = now()`,
		kind, shareID, version, build, png)
	if err != nil {
		return false, mapErr(err)
	}
	return tag.RowsAffected() == 1, nil
}
