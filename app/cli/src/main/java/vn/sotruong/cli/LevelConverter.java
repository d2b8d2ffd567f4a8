package vn.sotruong.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.sotruong.core.school.SchoolLevel;

/** {@code thcs} or {@code tieuhoc}: the levels the app has a programme for. Anything else is a usage error. */
final class LevelConverter implements ITypeConverter<SchoolLevel> {
    @Override
    public SchoolLevel convert(String value) {
        return SchoolLevel.fromCode(value).filter(l -> l != SchoolLevel.MAM_NON)
                .orElseThrow(() -> new TypeConversionException("thcs | tieuhoc: " + value));
    }
}
