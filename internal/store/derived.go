package store

import "context"

// What a deletion takes with it (migration 00013's foreign keys), counted
// so the confirmation page can say so before anything is gone.

// PlansMadeFrom counts the plans made from assessment id: deleting it
// deletes them, and with them their check-ins.
func (s *Store) PlansMadeFrom(ctx context.Context, id int64) (int, error) {
	return s.count(ctx, `SELECT count(*) FROM plans WHERE made_from = $1`, id)
}

// CheckInsOf counts the results plan id's check-ins made: deleting the
// plan deletes them.
func (s *Store) CheckInsOf(ctx context.Context, id int64) (int, error) {
	return s.count(ctx, `SELECT count(*) FROM assessments WHERE check_in_of = $1`, id)
}

func (s *Store) count(ctx context.Context, sql string, id int64) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, sql, id).Scan(&n); err != nil {
		return 0, mapErr(err)
	}
	return n, nil
}
