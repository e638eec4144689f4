from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DANTRI = ROOT.parent / "shared" / "external" / "dantri-unc"


@pytest.fixture(scope="session")
def dantri_files() -> list[Path]:
    files = sorted(DANTRI.glob("*.txt")) if DANTRI.is_dir() else []
    if not files:
        pytest.skip("../shared/external/dantri-unc is not here")
    return files
