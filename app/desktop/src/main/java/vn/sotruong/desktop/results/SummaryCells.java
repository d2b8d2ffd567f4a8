package vn.sotruong.desktop.results;

import java.util.List;
import java.util.Map;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.desktop.results.ClassSummaryViewModel.SummaryCell;

/** The cells of a pupil's summary line under one circular: subjects by code, then the summary columns. */
interface SummaryCells {
    /** The summary columns after the subjects ({@code learning}, {@code conduct}, …), in order. */
    List<String> summaryKeys();

    Map<String, SummaryCell> cells(ClassBook book, PupilResult result);
}
