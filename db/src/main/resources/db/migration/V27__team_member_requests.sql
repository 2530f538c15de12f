-- Issue 8: a team member finds the requests whose team they joined under "My requests"; the
-- list looks them up by the subject that used the invitation.
CREATE INDEX ix_team_invitation_used_by ON team_invitation (used_by, application_id);
