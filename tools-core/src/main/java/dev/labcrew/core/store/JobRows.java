package dev.labcrew.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labcrew.core.ErrorKind;
import dev.labcrew.core.LabcrewException;
import dev.labcrew.core.job.Job;
import dev.labcrew.core.job.JobJournal;
import dev.labcrew.core.job.JobState;
import dev.labcrew.core.job.JobStep;
import dev.labcrew.core.job.StepPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link JobJournal} in the {@code jobs} and {@code job_steps} tables (migration V6). Steps are only ever appended. */
final class JobRows implements JobJournal {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOB = "SELECT id, tool, target, proposal_hash, approval_id, arguments, state, note, created_at,"
        + " updated_at FROM jobs";

    private final Database db;
    private final Clock clock;

    JobRows(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Job create(Job job) {
        String now = StoreTimes.text(clock.instant());
        db.transaction("record the job", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO jobs (id, tool, target, proposal_hash, approval_id,"
                + " arguments, state, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, job.id());
                insert.setString(2, job.tool());
                insert.setString(3, job.target());
                insert.setString(4, job.proposalHash());
                insert.setString(5, job.approvalId());
                insert.setString(6, json(job.arguments()));
                insert.setString(7, JobState.RUNNING.name());
                insert.setString(8, job.note());
                insert.setString(9, now);
                insert.setString(10, now);
                return insert.executeUpdate();
            }
        });
        return find(job.id()).orElseThrow();
    }

    @Override
    public Optional<Job> find(String id) {
        return db.read("read the jobs", c -> select(c, " WHERE id = ?", id).stream().findFirst());
    }

    @Override
    public List<Job> list() {
        return db.read("read the jobs", c -> select(c, " ORDER BY created_at DESC, id", null));
    }

    @Override
    public List<JobStep> steps(String jobId) {
        return db.read("read the job's journal", c -> steps(c, jobId));
    }

    @Override
    public JobStep append(String jobId, String step, StepPhase phase, String upid, String detail) {
        return db.transaction("write the job's journal", c -> {
            int seq = 1;
            try (PreparedStatement max = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM job_steps WHERE job_id = ?")) {
                max.setString(1, jobId);
                try (ResultSet rows = max.executeQuery()) {
                    if (rows.next()) {
                        seq = rows.getInt(1) + 1;
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO job_steps (job_id, seq, step, phase, upid, detail, at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, jobId);
                insert.setInt(2, seq);
                insert.setString(3, step);
                insert.setString(4, phase.name());
                insert.setString(5, upid == null ? "" : upid);
                insert.setString(6, detail == null ? "" : detail);
                insert.setString(7, StoreTimes.text(clock.instant()));
                insert.executeUpdate();
            }
            return new JobStep(jobId, seq, step, phase, upid, detail, clock.instant());
        });
    }

    @Override
    public Job update(String jobId, JobState state, String note) {
        int changed = db.transaction("update the job", c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE jobs SET state = ?, note = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, state.name());
                update.setString(2, note == null ? "" : note);
                update.setString(3, StoreTimes.text(clock.instant()));
                update.setString(4, jobId);
                return update.executeUpdate();
            }
        });
        if (changed != 1) {
            throw notFound(jobId);
        }
        return find(jobId).orElseThrow(() -> notFound(jobId));
    }

    static LabcrewException notFound(String id) {
        return new LabcrewException(ErrorKind.NOT_FOUND, "No job " + id, "list the jobs with 'labcrew jobs list'");
    }

    private static List<Job> select(Connection c, String where, String id) throws SQLException {
        List<Job> jobs = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(JOB + where)) {
            if (id != null) {
                select.setString(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    jobs.add(new Job(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                        arguments(rows.getString(6)), JobState.valueOf(rows.getString(7)), StoreTimes.parseOrNull(rows.getString(9)),
                        StoreTimes.parseOrNull(rows.getString(10)), rows.getString(8)));
                }
            }
        }
        return jobs;
    }

    private static List<JobStep> steps(Connection c, String jobId) throws SQLException {
        List<JobStep> steps = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT seq, step, phase, upid, detail, at FROM job_steps"
            + " WHERE job_id = ? ORDER BY seq")) {
            select.setString(1, jobId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    steps.add(new JobStep(jobId, rows.getInt(1), rows.getString(2), StepPhase.valueOf(rows.getString(3)),
                        rows.getString(4), rows.getString(5), StoreTimes.parseOrNull(rows.getString(6))));
                }
            }
        }
        return steps;
    }

    private static String json(Map<String, Object> arguments) {
        try {
            return JSON.writeValueAsString(arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("job arguments are not JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> arguments(String text) {
        try {
            return JSON.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new LabcrewException(ErrorKind.REMOTE_ERROR, "A job's arguments do not parse: " + e.getOriginalMessage(),
                "the jobs table was edited outside Labcrew");
        }
    }
}
