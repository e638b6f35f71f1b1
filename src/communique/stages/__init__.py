"""Pure NLP stages, in pipeline order: segment → encounter → participants → when_where →
attribution → issues. No stage reads files, prints or touches the network."""
