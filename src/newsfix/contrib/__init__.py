"""Integrations with other libraries. Each submodule imports its library; `import newsfix` imports none of them.

- `newsfix.contrib.scrapy`: `NewsfixPipeline`, a Scrapy item pipeline (`pip install newsfix[scrapy]`).
- `newsfix.contrib.spacy`: the `newsfix` spaCy component and `repaired_doc()`.
"""
