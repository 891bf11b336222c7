//! Generated situations: placeholder until the sampler lands.
