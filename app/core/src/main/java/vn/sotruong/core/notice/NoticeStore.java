package vn.sotruong.core.notice;

import java.util.List;

/** The history of notices issued to parents. */
public interface NoticeStore {
    /** Stores the batch with its notices; returns the batch's id. */
    long record(NoticeBatch batch, List<ParentNotice> notices);

    /** The batches of a school year, newest first. */
    List<NoticeBatch> batches(long yearId);

    /** The notices of a batch, as issued. */
    List<ParentNotice> notices(long batchId);
}
