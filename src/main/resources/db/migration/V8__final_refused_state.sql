-- Issue 8: states that say what happened. A refused submission used to pass through REFUSED (refusal in the
-- outbox) and end in DELIVERED, which reads as "sent to the voorzitter". Now REFUSING is the working state (the
-- refusal is being sent) and REFUSED the final one, next to DELIVERED (accepted and delivered) and QUARANTINED.
-- Existing rows and their history are converted to the new meaning.
ALTER TABLE submission DROP CONSTRAINT ck_submission_state;

-- history first: every earlier change "to REFUSED" was the refusal decision, i.e. today's REFUSING ...
UPDATE submission_state_change SET to_state = 'REFUSING' WHERE to_state = 'REFUSED';
UPDATE submission_state_change SET from_state = 'REFUSING' WHERE from_state = 'REFUSED';
-- ... and the DELIVERED that followed it is the end of a refusal: REFUSED.
UPDATE submission_state_change SET to_state = 'REFUSED' WHERE to_state = 'DELIVERED' AND from_state = 'REFUSING';

-- then the submissions: a refusal still being sent is REFUSING; a refused one that ended DELIVERED is REFUSED.
UPDATE submission SET state = 'REFUSING' WHERE state = 'REFUSED';
UPDATE submission SET state = 'REFUSED'
 WHERE state = 'DELIVERED'
   AND EXISTS (SELECT 1 FROM submission_state_change c WHERE c.submission_id = submission.id AND c.to_state = 'REFUSED');

ALTER TABLE submission ADD CONSTRAINT ck_submission_state CHECK (state IN ('RECEIVED', 'SCREENED', 'ROUTED',
    'ACCEPTED', 'REFUSING', 'REFUSED', 'QUARANTINED', 'DELIVERED', 'ERROR', 'DISCARDED'));
