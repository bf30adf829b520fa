from pywebcompare.cli import main

raise SystemExit(main())
